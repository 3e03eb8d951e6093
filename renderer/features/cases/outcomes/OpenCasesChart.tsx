import { BarChart } from './BarChart';
import { DataTable } from '../../../ui/DataTable';

export interface OpenCasesRow {
  key: string;
  label: string;
  openCases: number;
}

/**
 * A count of open cases by some grouping (lead professional, wellbeing concern), drawn as bars and given again as a
 * table, so the figures read the same by eye, by screen reader and on paper.
 */
export function OpenCasesChart({
  title,
  groupHeading,
  rows,
}: {
  title: string;
  /** The table's first column: what each row is. */
  groupHeading: string;
  rows: readonly OpenCasesRow[];
}) {
  const most = Math.max(1, ...rows.map((row) => row.openCases));
  return (
    <>
      <BarChart
        title={title}
        max={most}
        bars={rows.map((row) => ({ label: row.label, value: row.openCases, text: String(row.openCases) }))}
      />
      <DataTable caption={title} captionHidden columns={[groupHeading, 'Open cases']}>
        {rows.map((row) => (
          <tr key={row.key}>
            <td>{row.label}</td>
            <td>{row.openCases}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
