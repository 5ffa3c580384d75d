// The sentence the record form shows when a save fails. What failed was decided by the adapter,
// which knows the dialect and the operation (`ApiError.kind`); this only words it. Every sentence
// for a failure the user did not cause says their values are kept, and when to try again.
import type { ApiError } from "../../backend/api-error.ts";
import { reasonPhrase } from "../../backend/error-messages.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { refusalMessage } from "../shared/refusal-message.ts";
import { t } from "./messages.ts";

export interface SaveErrorInput {
  error: ApiError;
  /** The resource saved to: a refusal (a duplicate, a deleted record) is worded with its labels. */
  resource: Pick<ResourceSchema, "label" | "fields">;
  /** A create whose outcome is unknown must not simply be sent again (it could be created twice). */
  operation: "create" | "update";
  /** How many of the error's field errors the form placed on its fields. */
  mappedFields: number;
}

export const serverRejected = (): string => t("serverRejected");

/** "in 1 second", "in 30 seconds", "in 2 minutes", or "in a moment" when the server did not say. */
export function tryAgainIn(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return t("inAMoment");
  const s = Math.max(1, Math.ceil(seconds));
  return s < 90 ? t("inSeconds", { count: s }) : t("inMinutes", { count: Math.ceil(s / 60) });
}

function statusTag(error: ApiError): string {
  return `(${error.status} ${reasonPhrase(error.status)})`;
}

function timeoutMessage(error: ApiError, operation: SaveErrorInput["operation"]): string {
  const tag = statusTag(error);
  return t(operation === "create" ? "timeoutCreate" : "timeoutUpdate", { tag });
}

export function saveErrorMessage({ error, resource, operation, mappedFields }: SaveErrorInput): string {
  const refused = refusalMessage({ error, resource });
  if (refused) return refused;
  switch (error.kind) {
    case "constraint":
      return serverRejected();
    case "rate-limited":
      return t("rateLimited", { when: tryAgainIn(error.retryAfter) });
    case "unavailable":
      return t("unavailable", { tag: statusTag(error), when: tryAgainIn(error.retryAfter) });
    case "timeout":
      return timeoutMessage(error, operation);
    case "server-failure":
      return t("serverFailure", { tag: statusTag(error) });
    case "network":
      return t("networkFailure", { message: error.message });
    default:
      if (mappedFields > 0) return t("fieldsNotAccepted", { count: mappedFields, message: error.message });
      return error.message || t("savingFailedStatus", { status: error.status });
  }
}
