import type { WidgetFilterProps } from "../types.ts";
import { isoToLocalInput, localInputToIso, toDateInput, toTimeInput } from "../shared/format-date.ts";
import { t } from "../messages.ts";

type Kind = "date" | "datetime" | "time";

const INPUT_TYPE: Record<Kind, string> = { date: "date", datetime: "datetime-local", time: "time" };

function toInput(kind: Kind, v: unknown): string {
  if (v === null || v === undefined) return "";
  return kind === "date" ? toDateInput(v) : kind === "datetime" ? isoToLocalInput(v) : toTimeInput(v);
}

function fromInput(kind: Kind, s: string): string | null {
  if (s === "") return null;
  return kind === "datetime" ? localInputToIso(s) : s;
}

/**
 * From / to date (or date-time, or time) inputs → `between [from, to]` with ISO strings; either
 * end may be null; both empty → no filter. Date-time bounds are UTC instants (`…Z`).
 */
function RangeFilter({ kind, name, value, onChange, label }: WidgetFilterProps & { kind: Kind }) {
  const [from, to] = value?.op === "between" && Array.isArray(value.value) ? value.value : [null, null];
  const update = (i: 0 | 1, s: string) => {
    const next: [string | null, string | null] = [typeof from === "string" ? from : null, typeof to === "string" ? to : null];
    next[i] = fromInput(kind, s);
    onChange(next[0] === null && next[1] === null ? undefined : { op: "between", value: next });
  };
  return (
    <div className="w-range w-range-stacked" role="group" aria-label={label}>
      <input className="w-input" type={INPUT_TYPE[kind]} name={`${name}__from`} aria-label={t("rangeFrom", { label })} value={toInput(kind, from)} onChange={(e) => update(0, e.target.value)} />
      <span aria-hidden="true">–</span>
      <input className="w-input" type={INPUT_TYPE[kind]} name={`${name}__to`} aria-label={t("rangeTo", { label })} value={toInput(kind, to)} onChange={(e) => update(1, e.target.value)} />
    </div>
  );
}

export function DateRangeFilter(props: WidgetFilterProps) {
  return <RangeFilter {...props} kind="date" />;
}

export function DateTimeRangeFilter(props: WidgetFilterProps) {
  return <RangeFilter {...props} kind="datetime" />;
}

export function TimeRangeFilter(props: WidgetFilterProps) {
  return <RangeFilter {...props} kind="time" />;
}
