import { formatPounds, type AgencyCapacity, type Capacity } from '../../../../shared/charter/commitments';
import { DataTable } from '../../../ui/DataTable';

function posts(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '');
}

/** One agency's figures (or the totals); an agency's vacant posts stand out in bold. */
function FigureCells({ figures, markVacant = false }: { figures: Capacity; markVacant?: boolean }) {
  return (
    <>
      <td className="numeric">{posts(figures.posts)}</td>
      <td className="numeric">{posts(figures.filled)}</td>
      <td className="numeric">
        {markVacant && figures.vacant > 0 ? <strong>{posts(figures.vacant)}</strong> : posts(figures.vacant)}
      </td>
      <td className="numeric">{posts(figures.seconded)}</td>
      <td className="numeric">{figures.hoursPerWeek}</td>
      <td className="numeric">{formatPounds(figures.funding)}</td>
    </>
  );
}

/** The team's capacity today by agency, with a totals row. */
export function CapacityTable({ rows, total }: { rows: readonly AgencyCapacity[]; total: Capacity }) {
  return (
    <DataTable
      className="capacity-table"
      caption="The team’s capacity today, by agency (commitments in force today)"
      columns={[
        'Agency',
        ...['Posts', 'Filled', 'Vacant', 'Seconded', 'Hours a week', 'Funding a year'].map((label) => ({
          label,
          numeric: true,
        })),
      ]}
      foot={
        <tr>
          <th scope="row">Total</th>
          <FigureCells figures={total} />
        </tr>
      }
    >
      {rows.map((row) => (
        <tr key={row.agencyId}>
          <th scope="row">{row.agencyName}</th>
          <FigureCells figures={row} markVacant />
        </tr>
      ))}
    </DataTable>
  );
}
