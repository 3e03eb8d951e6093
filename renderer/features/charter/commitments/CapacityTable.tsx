import { formatPounds, type AgencyCapacity, type Capacity } from '../../../../shared/charter/commitments';

function posts(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '');
}

/** The team's capacity today by agency, with a totals row. */
export function CapacityTable({ rows, total }: { rows: readonly AgencyCapacity[]; total: Capacity }) {
  return (
    <table className="data-table capacity-table">
      <caption>The team’s capacity today, by agency (commitments in force today)</caption>
      <thead>
        <tr>
          <th scope="col">Agency</th>
          <th scope="col" className="numeric">
            Posts
          </th>
          <th scope="col" className="numeric">
            Filled
          </th>
          <th scope="col" className="numeric">
            Vacant
          </th>
          <th scope="col" className="numeric">
            Seconded
          </th>
          <th scope="col" className="numeric">
            Hours a week
          </th>
          <th scope="col" className="numeric">
            Funding a year
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.agencyId}>
            <th scope="row">{row.agencyName}</th>
            <td className="numeric">{posts(row.posts)}</td>
            <td className="numeric">{posts(row.filled)}</td>
            <td className="numeric">{row.vacant > 0 ? <strong>{posts(row.vacant)}</strong> : '0'}</td>
            <td className="numeric">{posts(row.seconded)}</td>
            <td className="numeric">{row.hoursPerWeek}</td>
            <td className="numeric">{formatPounds(row.funding)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="numeric">{posts(total.posts)}</td>
          <td className="numeric">{posts(total.filled)}</td>
          <td className="numeric">{posts(total.vacant)}</td>
          <td className="numeric">{posts(total.seconded)}</td>
          <td className="numeric">{total.hoursPerWeek}</td>
          <td className="numeric">{formatPounds(total.funding)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
