// config.json as last read, kept in localStorage so that a returning user's boot starts at once
// from it (config.json is no-store: a full round trip on every load) while the served file is
// read beside it. When the served file differs, the boot reloads the page once with the new one
// (src/app/boot.ts): a changed config never runs, only its predecessor's requests went out —
// to the backend the stored session belongs to.
import type { EarlyConfigFile } from "./early-config.ts";
import { localStorageOrNull, sessionStorageOrNull } from "../backend/browser-storage.ts";

const PREFIX = "atrium:config:v1:";
const RELOAD_MARK = "atrium:config-reload";
/** After a reload for a changed config, the next boot waits for the served file. */
const RELOAD_GUARD_MS = 10_000;

function isFile(x: unknown): x is EarlyConfigFile {
  if (typeof x !== "object" || x === null) return false;
  const f = x as Partial<EarlyConfigFile>;
  return typeof f.status === "number" && typeof f.contentType === "string" && typeof f.text === "string";
}

/** The file as last read from `url`, or null (none, unreadable, or a reload for a change just happened). */
export function readCachedConfigFile(url: string, storage: Storage | null = localStorageOrNull(), marks: Storage | null = sessionStorageOrNull(), now = Date.now()): EarlyConfigFile | null {
  if (!storage || !marks) return null; // without sessionStorage a reload could not be told from a loop
  try {
    const mark = Number(marks.getItem(RELOAD_MARK) ?? "");
    if (mark && now - mark < RELOAD_GUARD_MS) return null;
    const text = storage.getItem(PREFIX + url);
    if (text === null) return null;
    const parsed: unknown = JSON.parse(text);
    return isFile(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Keep `file` as the one served at `url`; null forgets it. Never throws (the cache is an optimisation). */
export function writeCachedConfigFile(url: string, file: EarlyConfigFile | null, storage: Storage | null = localStorageOrNull()): void {
  if (!storage) return;
  try {
    if (file) storage.setItem(PREFIX + url, JSON.stringify({ status: file.status, contentType: file.contentType, text: file.text }));
    else storage.removeItem(PREFIX + url);
  } catch {
    // quota or disabled storage
  }
}

export const sameConfigFile = (a: EarlyConfigFile | null, b: EarlyConfigFile | null): boolean =>
  a === b || (a !== null && b !== null && a.status === b.status && a.contentType === b.contentType && a.text === b.text);

/**
 * Reload the page because config.json changed since the copy the boot started from. Marked in
 * sessionStorage so that the next boot does not start from a copy again (no reload loop, even
 * where localStorage cannot be written).
 */
export function reloadForChangedConfig(marks: Storage | null = sessionStorageOrNull(), reload: () => void = () => location.reload()): void {
  try {
    marks?.setItem(RELOAD_MARK, String(Date.now()));
  } catch {
    // without the mark the cache was updated (or could not be): the next boot reads it afresh
  }
  reload();
}
