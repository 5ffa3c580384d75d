import type { Id } from "../../backend/types.ts";

/** One stored relation value as an id: ids stay as they are, embedded records give their id. */
export function toId(value: unknown): Id | null {
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    return toId(o.id ?? o._id);
  }
  return null;
}

/** A relation field's value as a list of ids (single values become a one-element list). */
export function toIds(value: unknown): Id[] {
  const list = Array.isArray(value) ? value : [value];
  const out: Id[] = [];
  for (const v of list) {
    const id = toId(v);
    if (id !== null && !out.some((x) => String(x) === String(id))) out.push(id);
  }
  return out;
}

/** Move the element at `from` by `delta` places (a new array; unchanged when out of range). */
export function moveItem<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Add the id, or remove it when it is there already (ids compare as strings). */
export function toggleId(ids: readonly Id[], id: Id): Id[] {
  const key = String(id);
  return ids.some((x) => String(x) === key) ? ids.filter((x) => String(x) !== key) : [...ids, id];
}
