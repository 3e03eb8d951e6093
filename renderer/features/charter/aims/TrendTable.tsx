import type { TrendPoint } from '../../../../shared/charter/measures';
import { formatValue } from '../../../../shared/charter/measures';
import type { CharterTarget } from '../../../../shared/domain/charter';
import { DataTable } from '../../../ui/DataTable';

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
    <DataTable className="trend-table" caption={caption} columns={['Quarter', 'Value', 'Made up of']}>
      {points.map((point) => (
        <tr key={point.quarter.from}>
          <th scope="row">{point.quarter.label}</th>
          <td>{point.value === null ? 'No figure' : formatValue(point.value, target.unit)}</td>
          <td>{point.basis}</td>
        </tr>
      ))}
    </DataTable>
  );
}
