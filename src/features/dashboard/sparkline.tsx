// A tiny dependency-free bar sparkline. The SVG is an image whose accessible name is the text
// alternative the caller gives (the numbers it shows, in words).

export interface SparklineProps {
  values: readonly number[];
  /** Text alternative, e.g. "Changes per day, 14 days to 1 Mar: 0, 2, 1, …". */
  label: string;
  width?: number;
  height?: number;
}

export function Sparkline({ values, label, width = 112, height = 28 }: SparklineProps) {
  const max = Math.max(1, ...values);
  const n = Math.max(1, values.length);
  const slot = width / n;
  const bar = Math.max(1, slot - 2);
  return (
    <svg className="sparkline" role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <line x1={0} y1={height - 0.5} x2={width} y2={height - 0.5} className="sparkline-axis" />
      {values.map((v, i) => {
        const h = v === 0 ? 0 : Math.max(2, (v / max) * (height - 2));
        return <rect key={i} x={i * slot + (slot - bar) / 2} y={height - 1 - h} width={bar} height={h} rx={1} className="sparkline-bar" />;
      })}
    </svg>
  );
}
