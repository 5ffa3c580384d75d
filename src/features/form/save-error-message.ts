// The wording of a failed save's form-level message, in one place.
import { isApiError } from "../../backend/api-error.ts";

const SERVER_REJECTED =
  "The server rejected this record (constraint violation or invalid value). Nothing was saved; your values are kept — check them and try again.";

export interface SaveErrorMessageInput {
  error: unknown;
  /** How many of the error's field errors the form placed on one of its fields. */
  mappedFields: number;
}

export function saveErrorMessage({ error, mappedFields }: SaveErrorMessageInput): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : "Saving failed.";
  if (error.status >= 500) return SERVER_REJECTED;
  if (mappedFields > 0) return `The server did not accept ${mappedFields === 1 ? "a field" : `${mappedFields} fields`}: ${error.message}`;
  return error.message || `Saving failed (${error.status}).`;
}
