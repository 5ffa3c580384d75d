import type { CSSProperties } from "react";
import type { WidgetInputProps } from "../types.ts";
import { formatNumber, toNumber } from "../shared/format-number.ts";
import { isReadOnly } from "../shared/input-attrs.ts";
import { t } from "../messages.ts";

function bound(b: unknown, fallback: number): number {
  return typeof b === "number" && Number.isFinite(b) ? b : fallback;
}

/**
 * A native range input over `min`..`max` (default 0..100) by `step`, in a group named by the field
 * with its value shown in an `<output>`. The track's filled part is drawn from `--w-fill`.
 */
export function SliderInput(props: WidgetInputProps) {
  const { field, value, onChange, label, id } = props;
  const min = bound(field.min, 0);
  const max = Math.max(bound(field.max, 100), min);
  const step = typeof field.step === "number" && field.step > 0 ? field.step : 1;
  const n = toNumber(value);
  const current = n === null ? min : Math.min(max, Math.max(min, n));
  const locked = props.disabled || isReadOnly(props);
  const fill = max > min ? ((current - min) / (max - min)) * 100 : 0;
  const style: CSSProperties & Record<"--w-fill", string> = { "--w-fill": `${fill}%` };
  return (
    <div className="w-slider" role="group" aria-label={label} data-disabled={locked || undefined}>
      <input
        type="range"
        className="w-slider-input"
        id={id}
        name={props.name}
        aria-label={label}
        min={min}
        max={max}
        step={step}
        value={current}
        style={style}
        disabled={locked}
        aria-describedby={props.describedBy || undefined}
        aria-invalid={props.invalid || undefined}
        onChange={(e) => onChange(e.currentTarget.valueAsNumber)}
        onBlur={props.onBlur ? () => props.onBlur?.() : undefined}
      />
      <output className="w-slider-output" htmlFor={id}>
        {n === null ? t("notSet") : (formatNumber(current, field) ?? String(current))}
      </output>
    </div>
  );
}
