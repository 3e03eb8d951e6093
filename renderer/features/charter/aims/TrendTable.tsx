import type { TrendPoint } from '../../../../shared/charter/measures';
import { formatValue } from '../../../../shared/charter/measures';
import type { CharterTarget } from '../../../../shared/domain/charter';

/** The figures behind a trend chart, quarter by quarter. */
export function TrendTable({
  points,
  target,
  caption,
}: {
  points: readonly TrendPoint[];
  target: Pick<CharterTarget, 'unit'>;
  caption: string;
}) {
  return (
    <table className="data-table trend-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Quarter</th>
          <th scope="col">Value</th>
          <th scope="col">Made up of</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.quarter.from}>
            <th scope="row">{point.quarter.label}</th>
            <td>{point.value === null ? 'No figure' : formatValue(point.value, target.unit)}</td>
            <td>{point.basis}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
