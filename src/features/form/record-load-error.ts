import { isApiError } from "../../backend/api-error.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { t } from "./messages.ts";

/** The record does not exist (a genuine 404, not a lost session): retrying cannot help. */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404 && !error.authLost;
}

/** The message for a record that could not be loaded. */
export function recordLoadError(resource: Pick<ResourceSchema, "label">, error: unknown): string {
  if (isNotFound(error)) return t("recordNotFound", { label: resource.label.toLowerCase() });
  return t("recordLoadFailed", { label: resource.label.toLowerCase(), reason: error instanceof Error ? error.message : t("unknownError") });
}
