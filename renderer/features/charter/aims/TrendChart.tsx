import type { TrendPoint } from '../../../../shared/charter/measures';
import type { CharterTarget } from '../../../../shared/domain/charter';
import { formatValue } from '../../../../shared/charter/measures';

interface TrendChartProps {
  points: readonly TrendPoint[];
  target: Pick<CharterTarget, 'targetValue' | 'unit'>;
  /** What the chart is of, for its text alternative. */
  label: string;
}

const WIDTH = 160;
const HEIGHT = 48;
const PAD = 6;

/**
 * A small line chart of a target's value per quarter, with the target as a dashed line. The picture has a text
 * alternative listing every value; the full figures are also in a table on the target's page.
 */
export function TrendChart({ points, target, label }: TrendChartProps) {
  const values = points.map((point) => point.value).filter((value): value is number => value !== null);
  const top = Math.max(
    target.targetValue,
    ...values,
    target.unit === '%' ? 100 : target.unit === 'score' ? 5 : 1,
  );
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / Math.max(points.length - 1, 1);
  const y = (value: number) => HEIGHT - PAD - (value / top) * (HEIGHT - 2 * PAD);
  const described = points
    .map(
      (point) =>
        `${point.quarter.label}: ${point.value === null ? 'no figure' : formatValue(point.value, target.unit)}`,
    )
    .join('; ');
  let path = '';
  points.forEach((point, index) => {
    if (point.value === null) return;
    const previous = points[index - 1];
    path += `${path === '' || !previous || previous.value === null ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.value).toFixed(1)} `;
  });
  return (
    <svg
      className="trend-chart"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${label}, by quarter. ${described}. Target ${formatValue(target.targetValue, target.unit)}.`}
    >
      <line
        className="trend-chart__target"
        x1={PAD}
        x2={WIDTH - PAD}
        y1={y(target.targetValue)}
        y2={y(target.targetValue)}
      />
      {path && <path className="trend-chart__line" d={path.trim()} />}
      {points.map((point, index) =>
        point.value === null ? null : (
          <circle
            key={point.quarter.from}
            className="trend-chart__point"
            cx={x(index)}
            cy={y(point.value)}
            r={3}
          />
        ),
      )}
    </svg>
  );
}
