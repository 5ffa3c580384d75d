// A message with elements in it ("<strong>10</strong> created, …"): the catalogue holds text only,
// so the elements go in as markers and the translated text is cut at them.
import { Fragment, type ReactNode } from "react";
import type { MessageValues } from "./types.ts";

const MARK = "\u0000";

/**
 * `message` filled with `values`, each placeholder named in `elements` replaced by its element:
 * `richText((v) => t("reportCounts", v), { created: <strong>{n}</strong> })`.
 */
export function richText(message: (values: MessageValues) => string, elements: Record<string, ReactNode>, values: MessageValues = {}): ReactNode[] {
  const markers = Object.fromEntries(Object.keys(elements).map((name) => [name, `${MARK}${name}${MARK}`]));
  return message({ ...values, ...markers })
    .split(MARK)
    .map((part, i) => (i % 2 === 1 && part in elements ? <Fragment key={i}>{elements[part]}</Fragment> : part));
}
