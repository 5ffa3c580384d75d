// Record ids (craft-easy.md §7.2): `idField` "auto" reads `item.id ?? item._id` and remembers
// which key the server uses, for id filters (`id__in` / `_id__in`).
import { ApiError } from "../api-error.ts";
import type { Id, Item } from "../types.ts";
import type { CraftEasySettings } from "./craft-easy-settings.ts";

export interface CraftEasyIds {
  /** The record's id, or null when it has none (noting the key `auto` found). */
  read(item: Item): Id | null;
  /** The record's id; a record without one is a configuration error. */
  of(item: Item): Id;
  /** The id key `auto` detected (null until an item was seen), or the configured one. */
  detectedKey(): "id" | "_id" | null;
  /** The key to filter on for a relation's `value_field` ("id" means the server's id key). */
  filterKey(valueField: string): string;
}

/** An id value: a non-empty string, a finite number, or Mongo's `{$oid}`. */
export function asId(v: unknown): Id | null {
  if (typeof v === "string" && v !== "") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "object" && v !== null && "$oid" in v && typeof v.$oid === "string") return v.$oid;
  return null;
}

export function createCraftEasyIds(idField: CraftEasySettings["idField"]): CraftEasyIds {
  let key: "id" | "_id" | null = idField === "auto" ? null : idField;

  function read(item: Item): Id | null {
    if (idField !== "auto") return asId(item[idField]);
    const id = asId(item.id);
    if (id !== null) {
      key ??= "id";
      return id;
    }
    const _id = asId(item._id);
    if (_id !== null) {
      key ??= "_id";
      return _id;
    }
    return null;
  }

  return {
    read,
    of(item) {
      const id = read(item);
      if (id !== null) return id;
      throw new ApiError({
        status: 0,
        code: "CONFIG_ERROR",
        message:
          idField === "auto"
            ? "The record has neither an `id` nor an `_id` field."
            : `The record has no \`${idField}\` field (adapter setting idField).`,
        details: item,
      });
    },
    detectedKey: () => key,
    filterKey(valueField) {
      if (valueField !== "id" && valueField !== "_id") return valueField;
      return key ?? valueField;
    },
  };
}
