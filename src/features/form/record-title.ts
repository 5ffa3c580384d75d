// How a record is named in headings and dialogs: a name-like field when it has one (never a
// personal-data field, which stays masked), else its label and id.
import type { Id, Item } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";

const NAME_FIELDS = ["name", "title", "label", "number", "email", "slug", "sku", "code"];

export function recordTitle(resource: Pick<ResourceSchema, "label" | "fields">, item: Item | undefined, id: Id): string {
  if (item) {
    for (const f of NAME_FIELDS) {
      if (!Object.hasOwn(resource.fields, f) || resource.fields[f]?.gdpr) continue;
      const v = item[f];
      if ((typeof v === "string" && v.trim() !== "") || typeof v === "number") return String(v);
    }
  }
  return `${resource.label} ${String(id)}`;
}
