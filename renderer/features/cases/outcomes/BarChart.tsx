import { useId } from 'react';

export interface Bar {
  label: string;
  /** 0 to `max`. */
  value: number;
  /** What is written at the end of the bar, e.g. "3 of 4 (75%)". */
  text: string;
}

interface BarChartProps {
  /** Read out instead of the drawing: the same figures in words. */
  title: string;
  bars: readonly Bar[];
  max: number;
}

const ROW = 28;
const LABEL_WIDTH = 180;
const BAR_WIDTH = 260;

/**
 * Horizontal bars drawn as inline SVG, with a title that gives screen readers the figures. Each bar also has its
 * figure as text, so colour and length are never the only way to read it.
 */
export function BarChart({ title, bars, max }: BarChartProps) {
  const titleId = useId();
  const height = Math.max(1, bars.length) * ROW;
  const width = LABEL_WIDTH + BAR_WIDTH + 160;
  const summary = `${title}: ${bars.map((bar) => `${bar.label} ${bar.text}`).join('; ')}`;
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{summary}</title>
      {bars.map((bar, index) => {
        const y = index * ROW;
        const length = max > 0 ? (Math.min(bar.value, max) / max) * BAR_WIDTH : 0;
        return (
          <g key={`${bar.label}-${index}`}>
            <text className="bar-chart__label" x={0} y={y + 18}>
              {bar.label.length > 24 ? `${bar.label.slice(0, 23)}…` : bar.label}
            </text>
            <rect
              className="bar-chart__track"
              x={LABEL_WIDTH}
              y={y + 4}
              width={BAR_WIDTH}
              height={ROW - 10}
            />
            <rect className="bar-chart__bar" x={LABEL_WIDTH} y={y + 4} width={length} height={ROW - 10} />
            <text className="bar-chart__label" x={LABEL_WIDTH + BAR_WIDTH + 8} y={y + 18}>
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
