import { isApiError } from "../../backend/api-error.ts";
import type { ResourceSchema } from "../../protocol/types.ts";

/** The message for a record that could not be loaded. */
export function recordLoadError(resource: Pick<ResourceSchema, "label">, error: unknown): string {
  if (isApiError(error) && error.status === 404) return `This ${resource.label.toLowerCase()} does not exist (or was deleted).`;
  return `Could not load this ${resource.label.toLowerCase()}: ${error instanceof Error ? error.message : "unknown error"}`;
}
