// The sections of a record form, from `form.groups` (craft-easy.md §3.1): each group is a headed
// section; fields named in no group follow in a final section. Unknown names are skipped, and a
// field named by two groups appears only in the first.
import type { FieldSchema, ResourceSchema } from "../../protocol/types.ts";
import { isServerManaged } from "../../protocol/server-managed.ts";
import { t } from "./messages.ts";

export interface FormSection {
  /** Null for the final section of ungrouped fields when there are groups ("Other"). */
  label: string | null;
  fields: string[];
  collapsible: boolean;
  collapsed: boolean;
}

export function formSections(resource: Pick<ResourceSchema, "form" | "fields">): FormSection[] {
  const seen = new Set<string>();
  const sections: FormSection[] = [];
  for (const group of resource.form?.groups ?? []) {
    const fields = group.fields.filter((f) => Object.hasOwn(resource.fields, f) && !seen.has(f));
    for (const f of fields) seen.add(f);
    if (fields.length === 0) continue;
    sections.push({
      label: group.label,
      fields,
      collapsible: Boolean(group.collapsible || group.collapsed),
      collapsed: Boolean(group.collapsed),
    });
  }
  const rest = Object.keys(resource.fields).filter((f) => !seen.has(f));
  if (rest.length > 0) {
    sections.push({ label: sections.length > 0 ? t("otherSection") : null, fields: rest, collapsible: false, collapsed: false });
  }
  return sections;
}

/** Every field of the form in display order. */
export function formFieldOrder(resource: Pick<ResourceSchema, "form" | "fields">): string[] {
  return formSections(resource).flatMap((s) => s.fields);
}

/** A field as the form shows and validates it: server-managed fields are never sent, so never editable. */
export function formField(resource: Pick<ResourceSchema, "fields">, name: string): FieldSchema | undefined {
  const field = resource.fields[name];
  return field && isServerManaged(name) && !field.readonly ? { ...field, readonly: true } : field;
}
