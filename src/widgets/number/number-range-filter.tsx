import type { WidgetFilterProps } from "../types.ts";
import { numberAttrs, parseNumberText } from "./number-input.tsx";
import { useState } from "react";
import { t } from "../messages.ts";

type Bound = number | string | null;

function toNum(b: Bound): number | null {
  return b === null ? null : parseNumberText(String(b));
}

function rangeOf(value: WidgetFilterProps["value"]): [Bound, Bound] {
  if (value?.op === "between" && Array.isArray(value.value)) return [value.value[0] ?? null, value.value[1] ?? null];
  return [null, null];
}

/** From/to number inputs → `between [from, to]` (either end may be null); both empty → no filter. */
export function NumberRangeFilter({ name, field, value, onChange, label }: WidgetFilterProps) {
  const [from, to] = rangeOf(value);
  const show = (b: Bound) => (b === null ? "" : String(b));
  const [state, setState] = useState(() => ({ text: [show(from), show(to)] as [string, string], source: value }));
  if (state.source !== value) {
    // cleared or set from outside (URL, "Clear filters"): adopt it unless it is what we typed
    const same = parseNumberText(state.text[0]) === toNum(from) && parseNumberText(state.text[1]) === toNum(to);
    setState({ text: same ? state.text : [show(from), show(to)], source: value });
  }
  const text = state.text;
  const attrs = numberAttrs(field);
  const update = (i: 0 | 1, t: string) => {
    const next: [string, string] = i === 0 ? [t, text[1]] : [text[0], t];
    const a = parseNumberText(next[0]);
    const b = parseNumberText(next[1]);
    const v: WidgetFilterProps["value"] = a === null && b === null ? undefined : { op: "between", value: [a, b] };
    setState({ text: next, source: v });
    onChange(v);
  };
  return (
    <div className="w-range" role="group" aria-label={label}>
      <input className="w-input w-number" type="number" name={`${name}__from`} aria-label={t("rangeFrom", { label })} {...attrs} value={text[0]} onChange={(e) => update(0, e.target.value)} />
      <span aria-hidden="true">–</span>
      <input className="w-input w-number" type="number" name={`${name}__to`} aria-label={t("rangeTo", { label })} {...attrs} value={text[1]} onChange={(e) => update(1, e.target.value)} />
    </div>
  );
}
