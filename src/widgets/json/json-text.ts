import { t } from "../messages.ts";

/** Pretty JSON text for editing (strings that are not JSON documents are shown as JSON strings). */
export function jsonToText(value: unknown): string {
  if (value === null || value === undefined) return "";
  try {
    return JSON.stringify(value, null, 2) ?? "";
  } catch {
    return String(value);
  }
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

/** Parse JSON text; empty text is a valid null. The message names the problem. */
export function parseJsonText(text: string): JsonParse {
  if (text.trim() === "") return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: t("invalidJson", { detail }) };
  }
}

/** Compact JSON for cells, cut to `max` characters. */
export function compactJson(value: unknown, max = Infinity): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}
