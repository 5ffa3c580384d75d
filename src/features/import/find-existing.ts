// findExisting for the import runner: looks a row up on the server by a unique-ish mapped field
// (a list query with an `eq` filter where the backend filters, else a search checked exactly),
// so that a row whose create may have reached the server is never created twice.
import type { Backend, Id, Item } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { t } from "./messages.ts";

const KEY_NAMES = ["sku", "email", "slug", "code", "key", "username", "external_id", "reference", "number", "name", "title", "url"];

/** The mapped field most likely to identify a row, or null. */
export function keyFieldFor(resource: ResourceSchema, mapped: string[]): string | null {
  const usable = mapped.filter((f) => {
    const field = resource.fields[f];
    return field !== undefined && !field.relation && !field.options && (field.type === "string" || field.type === "integer" || field.type === "number");
  });
  const unique = usable.find((f) => /unique/i.test(resource.fields[f]?.help_text ?? ""));
  if (unique) return unique;
  for (const k of KEY_NAMES) if (usable.includes(k)) return k;
  return usable.find((f) => resource.fields[f]?.required) ?? null;
}

export function findExistingFor(backend: Backend, resource: ResourceSchema, keyField: string): (values: Item, ctx: { signal: AbortSignal }) => Promise<{ id: Id } | null> {
  const caps = backend.capabilities();
  return async (values, { signal }) => {
    const value = values[keyField];
    if (value === null || value === undefined || value === "") return null;
    const match = (items: Item[]) => {
      const hit = items.find((i) => String(i[keyField]) === String(value));
      return hit ? { id: backend.idOf(resource, hit) } : null;
    };
    if (caps.filterOps.includes("eq")) {
      const page = await backend.list(resource, { page: 1, perPage: 5, filters: [{ field: keyField, op: "eq", value }] }, { signal });
      return match(page.items);
    }
    if (caps.search) {
      const page = await backend.list(resource, { page: 1, perPage: caps.maxPerPage, search: String(value) }, { signal });
      return match(page.items);
    }
    throw new Error(t("cannotCheck"));
  };
}
