// The backend's export endpoint as a source of rows. Its file is never handed to the user:
// Atrium asks for JSON, reads the rows and writes the chosen format itself (build-export.ts),
// so the server's file gets the same columns, values and formula guard as any other export,
// and XLSX works whether or not the server can write it.
import { isApiError } from "../../backend/api-error.ts";
import type { Backend, Capabilities, Item, ListQuery } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { failureMessage } from "../shared/failure-message.ts";
import { t } from "./messages.ts";

/** The dialog's label for the one-request fetch (also named in error hints). */
export const serverOptionLabel = (): string => t("serverOption");

/**
 * Whether the export endpoint gives exactly the requested rows: all of them, with no search,
 * filter or sort (the endpoint takes none of these). Selected rows are already at hand.
 */
export function serverExportFits(caps: Capabilities, scope: "all" | "selected", query: ListQuery): boolean {
  if (scope !== "all" || !caps.exportServer?.formats.includes("json")) return false;
  return !query.search?.trim() && (query.filters ?? []).length === 0 && (query.sort ?? []).length === 0;
}

function isRow(v: unknown): v is Item {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// FileReader rather than Blob.text(): it reads any Blob, in browsers and in jsdom alike.
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(t("unreadableFile")));
    reader.readAsText(blob);
  });
}

function failed(reason: string): Error {
  return new Error(t("serverFailedHint", { reason, option: serverOptionLabel() }));
}

/** Every row from the export endpoint, as items keyed by column name. */
export async function serverRows(backend: Backend, resource: ResourceSchema, signal?: AbortSignal): Promise<Item[]> {
  if (!backend.exportServer) throw new Error(t("noExportEndpoint"));
  let text: string;
  try {
    text = await blobText(await backend.exportServer(resource, "json", undefined, { signal }));
  } catch (e) {
    if (signal?.aborted) throw e;
    // A body that breaks off after `200` looks like any network failure to the browser.
    const network = isApiError(e) && e.kind === "network";
    throw failed(network ? t("serverIncomplete") : t("serverFailed", { reason: failureMessage(e).replace(/\.?$/, ".") }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw failed(t("serverNotJson"));
  }
  if (!Array.isArray(data) || !data.every(isRow)) throw failed(t("serverNotRecords"));
  return data;
}
