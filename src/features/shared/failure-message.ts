// One line for a failed request or task: the error's message and its field errors. Bulk actions
// and export show it.
import { isApiError } from "../../backend/api-error.ts";
import { t } from "./messages.ts";

export function failureMessage(e: unknown): string {
  if (isApiError(e)) {
    const fields = e.fieldErrors.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message));
    return [e.message, ...fields].filter((s) => s !== "").join(" — ") || t("requestFailed", { status: e.status });
  }
  return e instanceof Error ? e.message : String(e);
}
