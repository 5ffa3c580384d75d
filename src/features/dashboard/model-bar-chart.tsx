// Records per model as horizontal bars (inline SVG). The figure's caption names it and a visually
// hidden table carries the same numbers for assistive technology; the SVG itself is decorative.
import { useId } from "react";
import { intlLocales } from "../../i18n/translate.ts";
import { t } from "./messages.ts";

export interface BarDatum {
  label: string;
  value: number;
}

export function ModelBarChart({ data, caption }: { data: readonly BarDatum[]; caption: string }) {
  const id = useId();
  const nf = new Intl.NumberFormat(intlLocales());
  const max = Math.max(1, ...data.map((d) => d.value));
  const row = 26;
  const labelW = 38; // percent of the width for the labels
  const height = data.length * row;
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{caption}</figcaption>
      <svg aria-hidden="true" focusable="false" width="100%" height={height} className="bar-chart-svg">
        {data.map((d, i) => {
          const w = d.value === 0 ? 0 : Math.max(0.4, (d.value / max) * (100 - labelW - 14));
          const y = i * row;
          return (
            <g key={d.label}>
              <text x="0" y={y + row / 2} dominantBaseline="middle" className="bar-chart-label">
                {d.label}
              </text>
              <rect x={`${labelW}%`} y={y + 5} width={`${w}%`} height={row - 10} rx={3} className="bar-chart-bar" />
              <text x={`${labelW + w + 1}%`} y={y + row / 2} dominantBaseline="middle" className="bar-chart-value">
                {nf.format(d.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t("chartModel")}</th>
            <th scope="col">{t("chartRecords")}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td>{nf.format(d.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
