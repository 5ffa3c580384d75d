import { Slider, SliderOutput, SliderThumb, SliderTrack } from "react-aria-components";
import type { WidgetInputProps } from "../types.ts";
import { formatNumber, toNumber } from "../shared/format-number.ts";
import { isReadOnly } from "../shared/input-attrs.ts";
import { t } from "../messages.ts";

function bound(b: unknown, fallback: number): number {
  return typeof b === "number" && Number.isFinite(b) ? b : fallback;
}

/** A slider (react-aria) over `min`..`max` (default 0..100) by `step`, with its value shown. */
export function SliderInput(props: WidgetInputProps) {
  const { field, value, onChange, label, id } = props;
  const min = bound(field.min, 0);
  const max = Math.max(bound(field.max, 100), min);
  const step = typeof field.step === "number" && field.step > 0 ? field.step : 1;
  const n = toNumber(value);
  const current = n === null ? min : Math.min(max, Math.max(min, n));
  const locked = props.disabled || isReadOnly(props);
  return (
    <Slider
      className="w-slider"
      id={id}
      aria-label={label}
      minValue={min}
      maxValue={max}
      step={step}
      value={current}
      onChange={(v) => onChange(Array.isArray(v) ? (v[0] ?? null) : v)}
      isDisabled={locked}
    >
      <SliderTrack className="w-slider-track">
        {({ state }) => (
          <>
            <span className="w-slider-fill" style={{ width: `${state.getThumbPercent(0) * 100}%` }} aria-hidden="true" />
            <SliderThumb
              className="w-slider-thumb"
              name={props.name}
              aria-describedby={props.describedBy || undefined}
              aria-invalid={props.invalid || undefined}
              onBlur={props.onBlur ? () => props.onBlur?.() : undefined}
            />
          </>
        )}
      </SliderTrack>
      <SliderOutput className="w-slider-output">
        {() => (n === null ? t("notSet") : (formatNumber(current, field) ?? String(current)))}
      </SliderOutput>
    </Slider>
  );
}
