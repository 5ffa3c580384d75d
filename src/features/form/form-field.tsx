// One field of the record form: its label (or a visible caption for group widgets, which label
// themselves), the required mark, the personal-data marker, the registry's input, help text and
// the error message tied to the input with aria-describedby.
import { useId } from "react";
import type { FieldSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { useWidgetRegistry } from "../../widgets/widget-registry-context.tsx";
import "../../widgets/editors.ts"; // the real inputs and filters, not their late-bound stand-ins
import { GdprFieldMarker } from "../../widgets/gdpr-marker.tsx";
import { t } from "./messages.ts";

export interface FormFieldProps {
  name: string;
  field: FieldSchema;
  value: unknown;
  onChange(v: unknown): void;
  onBlur(): void;
  onInvalidInput(message: string | null): void;
  error?: string | undefined;
  disabled?: boolean;
}

export function FormField({ name, field, value, onChange, onBlur, onInvalidInput, error, disabled }: FormFieldProps) {
  const base = useId();
  const id = `${base}-input`;
  const helpId = `${base}-help`;
  const errorId = `${base}-error`;
  const entry = useWidgetRegistry().widgetFor(field);
  const { Input } = entry;
  const label = fieldLabel(name, field);
  const required = field.required && !field.readonly;
  const describedBy = [error ? errorId : null, field.help_text ? helpId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`rf-field${error ? " rf-field-invalid" : ""}${field.readonly ? " rf-field-readonly" : ""}`} data-field={name}>
      <div className="rf-label-row">
        {entry.group ? (
          <span className="rf-label" id={`${base}-label`}>
            {label}
          </span>
        ) : (
          <label className="rf-label" htmlFor={id}>
            {label}
          </label>
        )}
        {required && (
          <span className="rf-required" aria-hidden="true" title={t("required")}>
            *
          </span>
        )}
        {field.readonly && <span className="rf-readonly-note">{t("readOnly")}</span>}
        <GdprFieldMarker field={field} />
      </div>
      <Input
        name={name}
        field={field}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        id={id}
        label={label}
        invalid={Boolean(error)}
        describedBy={describedBy}
        disabled={disabled}
        readOnly={field.readonly}
        onInvalidInput={onInvalidInput}
      />
      {field.help_text && (
        <p className="rf-help" id={helpId}>
          {field.help_text}
        </p>
      )}
      {error && (
        <p className="rf-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Focus the input of a field rendered by FormField inside `root` (first focusable element). */
export function focusField(root: HTMLElement | null, name: string): boolean {
  if (!root) return false;
  const box = [...root.querySelectorAll<HTMLElement>("[data-field]")].find((el) => el.dataset.field === name);
  if (!box) return false;
  const details = box.closest("details");
  if (details && !details.open) details.open = true;
  const target = box.querySelector<HTMLElement>(
    'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], button:not([disabled]), [tabindex]:not([tabindex="-1"])',
  );
  if (!target) return false;
  target.focus();
  return true;
}
