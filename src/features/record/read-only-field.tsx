import { useId } from "react";
import type { FieldSchema } from "../../protocol/types.ts";
import { fieldLabel } from "../../protocol/labels.ts";
import { formatCell } from "../list/format-cell.ts";

/** Text of a value for a read-only input: strings as they are, other values formatted. */
function displayValue(value: unknown, field: FieldSchema | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" && !field?.options?.length && field?.type !== "date") return value;
  if (Array.isArray(value) && !field?.options?.length && value.every((v) => typeof v !== "object" || v === null)) {
    return value.join(", ");
  }
  if (typeof value === "object") return JSON.stringify(value, null, 2);
  const cell = formatCell(value, field);
  return cell.empty ? "" : (cell.title ?? cell.text);
}

/** One field of the placeholder record page: its label and a read-only textbox with the value. */
export function ReadOnlyField({ name, field, value }: { name: string; field: FieldSchema | undefined; value: unknown }) {
  const id = useId();
  const text = displayValue(value, field);
  const multiline = text.includes("\n") || text.length > 80 || field?.widget === "textarea" || field?.type === "json";
  return (
    <div className="field">
      <label htmlFor={id}>{fieldLabel(name, field)}</label>
      {multiline ? (
        <textarea id={id} className="input" readOnly value={text} rows={Math.min(8, Math.max(2, text.split("\n").length))} />
      ) : (
        <input id={id} className="input" readOnly value={text} />
      )}
      {field?.help_text && <span className="hint">{field.help_text}</span>}
    </div>
  );
}
