// The bulk edit form: tick the fields to change, then set each value with the field's own input.
import { useId } from "react";
import type { Item } from "../../backend/types.ts";
import { validateFieldValue } from "../../protocol/field-validation/validate-field-value.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { writableFields } from "../../protocol/server-managed.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { useWidgetRegistry } from "../../widgets/widget-registry-context.tsx";
import "../../widgets/editors.ts"; // the real inputs and filters, not their late-bound stand-ins
import { t } from "./messages.ts";

/** Fields a bulk edit may set (writable; files excluded). */
export function bulkEditableFields(resource: ResourceSchema): string[] {
  return writableFields(resource).filter((name) => {
    const f = resource.fields[name];
    return f !== undefined && !["file", "image", "password"].includes(f.widget) && f.type !== "file";
  });
}

/** field → message for chosen values the form's validators reject. */
export function bulkEditErrors(resource: ResourceSchema, value: BulkEditValue): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of value.fields) {
    const field = resource.fields[name];
    if (!field) continue;
    const message = validateFieldValue(name, field, value.values[name] ?? null, { mode: "edit" });
    if (message) out[name] = message;
  }
  return out;
}

export interface BulkEditValue {
  fields: string[];
  values: Item;
}

export function BulkEditFields({ resource, value, onChange }: { resource: ResourceSchema; value: BulkEditValue; onChange: (v: BulkEditValue) => void }) {
  const base = useId();
  const widgets = useWidgetRegistry();
  const names = bulkEditableFields(resource);
  const errors = bulkEditErrors(resource, value);
  const toggle = (name: string, on: boolean) => {
    const fields = on ? [...value.fields, name] : value.fields.filter((f) => f !== name);
    onChange({ fields: names.filter((n) => fields.includes(n)), values: value.values });
  };
  return (
    <div>
      <fieldset className="choice-list">
        <legend className="muted">{t("fieldsToChange")}</legend>
        {names.map((name) => (
          <label key={name}>
            <input type="checkbox" checked={value.fields.includes(name)} onChange={(e) => toggle(name, e.target.checked)} />
            {fieldLabel(name, resource.fields[name])}
          </label>
        ))}
      </fieldset>
      {value.fields.map((name) => {
        const field = resource.fields[name];
        if (!field) return null;
        const { Input } = widgets.widgetFor(field);
        const id = `${base}-${name}`;
        const label = fieldLabel(name, field);
        return (
          <div key={name} className="bulk-edit-field">
            <label htmlFor={id}>{label}</label>
            <Input
              id={id}
              name={name}
              field={field}
              label={label}
              value={value.values[name] ?? null}
              invalid={errors[name] !== undefined}
              describedBy={errors[name] ? `${id}-error` : undefined}
              onChange={(v) => onChange({ fields: value.fields, values: { ...value.values, [name]: v } })}
            />
            {errors[name] && (
              <p id={`${id}-error`} className="field-error">
                {errors[name]}
              </p>
            )}
          </div>
        );
      })}
      {value.fields.length === 0 && <p className="muted">{t("tickOneField")}</p>}
    </div>
  );
}
