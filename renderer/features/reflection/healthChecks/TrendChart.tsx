import type { TrendPoint } from '../../../../shared/reflection/healthCheck';
import { showDate } from '../../../../shared/dates';
import { DataTable } from '../../../ui/DataTable';

const WIDTH = 560;
const HEIGHT = 240;
const PAD = { left: 44, right: 20, top: 16, bottom: 40 };

/** The overall median score of each health check over time, drawn as a line, with the same numbers as a table. */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const scored = points.filter((point) => point.overall !== null);
  if (scored.length === 0) return <p>The trend will show once a health check has responses.</p>;
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (scored.length === 1 ? innerWidth / 2 : (index * innerWidth) / (scored.length - 1));
  const y = (score: number) => PAD.top + ((5 - score) * innerHeight) / 4;
  const path = scored
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index)},${y(point.overall ?? 0)}`)
    .join(' ');
  const first = scored[0]?.overall ?? 0;
  const last = scored.at(-1)?.overall ?? 0;
  const direction = last > first ? 'risen' : last < first ? 'fallen' : 'stayed the same';

  return (
    <figure className="trend-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="trend-title trend-desc"
        className="trend-chart__svg"
      >
        <title id="trend-title">Overall score across health checks</title>
        <desc id="trend-desc">
          The middle score has {direction}, from {first} to {last} out of 5, over {scored.length} checks. The
          table below gives each value.
        </desc>
        {[1, 2, 3, 4, 5].map((score) => (
          <g key={score}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(score)}
              y2={y(score)}
              className="trend-chart__grid"
            />
            <text x={PAD.left - 10} y={y(score) + 5} textAnchor="end" className="trend-chart__label">
              {score}
            </text>
          </g>
        ))}
        <path d={path} className="trend-chart__line" fill="none" />
        {scored.map((point, index) => (
          <g key={point.checkId}>
            <circle cx={x(index)} cy={y(point.overall ?? 0)} r={5} className="trend-chart__point" />
            <text x={x(index)} y={HEIGHT - 14} textAnchor="middle" className="trend-chart__label">
              {point.date.slice(0, 7)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="field__hint">Middle score of all answers, 1 (poor) to 5 (strong).</figcaption>
      <DataTable
        className="trend-chart__table"
        caption="Overall score by health check"
        columns={['Health check', 'Opened', 'Responses', 'Middle score']}
      >
        {points.map((point) => (
          <tr key={point.checkId}>
            <td>{point.title}</td>
            <td>{showDate(point.date)}</td>
            <td>{point.responses}</td>
            <td>{point.overall ?? 'No answers'}</td>
          </tr>
        ))}
      </DataTable>
    </figure>
  );
}
