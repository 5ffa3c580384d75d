// What a row's failure says in the report and the failed-rows file.
import { isApiError } from "../../../backend/api-error.ts";

export const INTERRUPTED_MESSAGE =
  "The import was interrupted while this row was being sent; it may already exist. Check before importing it again.";
export const CANCELLED_IN_FLIGHT_MESSAGE = "Cancelled while this row was being sent; it may have been created.";
export const NOT_RESENT_MESSAGE = "not sent again: it may already have been created; check before importing it again";
export const NOT_SENT_MESSAGE = "Not sent: the import was cancelled";
export const SERVER_REJECTED_MESSAGE = "Rejected by the server (constraint violation or invalid value)";

/**
 * A row-level message from an error: the message plus field errors ("price: must be ≥ 0").
 * A refusal the adapter marks "constraint" (litestar-admin's 500 on create, litestar-admin.md §12)
 * reads as a rejection of the row; any other 5xx is the server's failure, in its own words.
 */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) {
    const fields = e.fieldErrors.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message));
    if (fields.length === 0) {
      if (e.kind === "constraint") return SERVER_REJECTED_MESSAGE;
      return e.message || `Request failed (${e.status})`;
    }
    const base = e.message && !fields.includes(e.message) ? `${e.message} — ` : "";
    return base + fields.join("; ");
  }
  if (e instanceof Error) return e.message;
  return String(e);
}
