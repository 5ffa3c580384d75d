// What a row's failure says in the report and the failed-rows file.
import { isApiError } from "../../../backend/api-error.ts";
import { t } from "../messages.ts";

// Words of the spoken language when the row settles: they are kept with the run (IndexedDB).
export const interruptedMessage = (): string => t("interrupted");
export const cancelledInFlightMessage = (): string => t("cancelledInFlight");
export const notResentMessage = (): string => t("notResent");
export const notSentMessage = (): string => t("notSent");
export const serverRejectedMessage = (): string => t("serverRejected");

/**
 * A row-level message from an error: the message plus field errors ("price: must be ≥ 0").
 * A refusal the adapter marks "constraint" (litestar-admin's 500 on create, litestar-admin.md §12)
 * reads as a rejection of the row; any other 5xx is the server's failure, in its own words.
 */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) {
    const fields = e.fieldErrors.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message));
    if (fields.length === 0) {
      if (e.kind === "constraint") return serverRejectedMessage();
      return e.message || t("requestFailed", { status: e.status });
    }
    const base = e.message && !fields.includes(e.message) ? `${e.message} — ` : "";
    return base + fields.join("; ");
  }
  if (e instanceof Error) return e.message;
  return String(e);
}
