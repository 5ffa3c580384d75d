// A list row's identity, label and links: pure, over the backend's id rule.
import type { Backend, Id, Item } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import type { RowAction } from "./types.ts";

/** The row's id, or null when it has none the backend accepts (such a row can be neither picked nor opened). */
export function rowIdOf(backend: Pick<Backend, "idOf">, resource: ResourceSchema, item: Item): Id | null {
  try {
    const id = backend.idOf(resource, item);
    return id === undefined || id === null || id === "" ? null : id;
  } catch {
    return null;
  }
}

/** The rows on screen: the page less those removed (being deleted). */
export function rowsWithout(items: Item[], removed: ReadonlySet<string>, idOf: (item: Item) => Id | null): Item[] {
  if (removed.size === 0) return items;
  return items.filter((it) => {
    const id = idOf(it);
    return id === null || !removed.has(String(id));
  });
}

/** "Order ORD-001": the resource label and the first column's value, else the id. */
export function rowLabel(resource: ResourceSchema, firstField: string | undefined, item: Item, id: Id | null): string {
  const v = firstField ? item[firstField] : undefined;
  return `${resource.label} ${typeof v === "string" || typeof v === "number" ? String(v) : String(id ?? "")}`.trim();
}

/** Where a row action goes, relative to the list; null for delete (it asks first). */
export function rowActionPath(action: RowAction, id: Id): string | null {
  const path = encodeURIComponent(String(id));
  if (action === "open") return path;
  if (action === "edit") return `${path}/edit`;
  if (action === "duplicate") return `new?duplicate=${path}`;
  return null;
}
