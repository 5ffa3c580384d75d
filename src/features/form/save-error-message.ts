// The sentence the record form shows when a save fails. What failed was decided by the adapter,
// which knows the dialect and the operation (`ApiError.kind`); this only words it. Every sentence
// for a failure the user did not cause says their values are kept, and when to try again.
import type { ApiError } from "../../backend/api-error.ts";
import { reasonPhrase } from "../../backend/error-messages.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { refusalMessage } from "../shared/refusal-message.ts";

export interface SaveErrorInput {
  error: ApiError;
  /** The resource saved to: a refusal (a duplicate, a deleted record) is worded with its labels. */
  resource: Pick<ResourceSchema, "label" | "fields">;
  /** A create whose outcome is unknown must not simply be sent again (it could be created twice). */
  operation: "create" | "update";
  /** How many of the error's field errors the form placed on its fields. */
  mappedFields: number;
}

export const SERVER_REJECTED =
  "The server rejected this record (constraint violation or invalid value). Nothing was saved; your values are kept — check them and try again.";

/** "in 1 second", "in 30 seconds", "in 2 minutes", or "in a moment" when the server did not say. */
export function tryAgainIn(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return "in a moment";
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 90) return `in ${s} second${s === 1 ? "" : "s"}`;
  return `in ${Math.ceil(s / 60)} minutes`;
}

function statusTag(error: ApiError): string {
  return `(${error.status} ${reasonPhrase(error.status)})`;
}

function timeoutMessage(error: ApiError, operation: SaveErrorInput["operation"]): string {
  const tag = statusTag(error);
  return operation === "create"
    ? `The server did not answer in time ${tag}: the record may or may not have been created. Your values are kept — check the list before saving again, so that it is not created twice.`
    : `The server did not answer in time ${tag}: your changes may or may not have been saved. Your values are kept — try saving again.`;
}

export function saveErrorMessage({ error, resource, operation, mappedFields }: SaveErrorInput): string {
  const refused = refusalMessage({ error, resource });
  if (refused) return refused;
  switch (error.kind) {
    case "constraint":
      return SERVER_REJECTED;
    case "rate-limited":
      return `The server is receiving too many requests, so nothing was saved. Your values are kept — try again ${tryAgainIn(error.retryAfter)}.`;
    case "unavailable":
      return `The server is not available right now ${statusTag(error)}. Your values are kept — try again ${tryAgainIn(error.retryAfter)}.`;
    case "timeout":
      return timeoutMessage(error, operation);
    case "server-failure":
      return `The server failed while saving this record ${statusTag(error)}. Your values are kept — try again later, and tell the server's administrator if it keeps failing.`;
    case "network":
      return `${error.message} Your values are kept — try saving again.`;
    default:
      if (mappedFields > 0) return `The server did not accept ${mappedFields === 1 ? "a field" : `${mappedFields} fields`}: ${error.message}`;
      return error.message || `Saving failed (${error.status}).`;
  }
}
