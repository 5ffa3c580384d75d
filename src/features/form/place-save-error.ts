// Where a failed save's messages go: field errors the form can match onto one of its fields, the
// rest (and the headline) to the form-level alert. The adapter has already normalised every
// dialect's error shape into `fieldErrors`.
import { isApiError } from "../../backend/api-error.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { saveErrorMessage } from "./save-error-message.ts";
import { t } from "./messages.ts";

export interface PlacedSaveError {
  /** Messages for form fields, in the order the server gave them. */
  fields: { name: string; message: string }[];
  /** Form-level messages: the headline first. */
  messages: string[];
}

export interface PlaceSaveErrorInput {
  error: unknown;
  names: string[];
  resource: Pick<ResourceSchema, "label" | "fields">;
  /** A create whose outcome is unknown is worded differently from an update's (see saveErrorMessage). */
  operation: "create" | "update";
}

export function placeSaveError({ error, names, resource, operation }: PlaceSaveErrorInput): PlacedSaveError {
  if (!isApiError(error)) return { fields: [], messages: [error instanceof Error ? error.message : t("savingFailed")] };
  const headline = saveErrorMessage({ error, resource, operation, mappedFields: 0 });
  const fields: PlacedSaveError["fields"] = [];
  const unmapped: string[] = [];
  for (const fe of error.fieldErrors) {
    const name = matchField(fe.field, names);
    // the duplicated field says what the headline says, not the server's wire-named sentence
    const duplicate = error.refusal?.type === "duplicate" && fe.field === error.refusal.field;
    if (name) fields.push({ name, message: duplicate ? headline : fe.message });
    else if (!duplicate) unmapped.push(fe.field ? `${fe.field}: ${fe.message}` : fe.message);
  }
  return { fields, messages: [saveErrorMessage({ error, resource, operation, mappedFields: fields.length }), ...unmapped] };
}

/** The form field a server error names: exactly, or by its last/first path segment. */
export function matchField(path: string, names: string[]): string | null {
  if (!path) return null;
  if (names.includes(path)) return path;
  const parts = path.split(/[.[\]/]+/).filter(Boolean);
  for (const p of [...parts].reverse()) if (names.includes(p)) return p;
  return null;
}
