import type { ImportPlan, RowProblem } from '../../../../shared/people/csv';
import { CSV_FIELD_LABELS, type CsvField } from '../../../../shared/people/csvFields';

function RowList({ rows }: { rows: readonly RowProblem[] }) {
  return (
    <ul className="row-problems">
      {rows.map((row) => (
        <li key={row.row}>
          <strong>
            Row {row.row}
            {row.name ? ` (${row.name})` : ''}:
          </strong>{' '}
          {row.problems.join(' ')}
        </li>
      ))}
    </ul>
  );
}

/** What a checked CSV file would add, and every row that will be left out, with the reason. */
export function ImportReport({ plan, doubled }: { plan: ImportPlan; doubled: readonly CsvField[] }) {
  const ready = plan.ready.length;
  return (
    <section aria-labelledby="check-heading" className="import-report">
      <h2 id="check-heading">What will be added</h2>
      {plan.missingColumns.length > 0 && (
        <div className="error-summary" role="alert">
          <h3>Choose the columns first</h3>
          <p>
            Every person needs{' '}
            {plan.missingColumns.map((field) => CSV_FIELD_LABELS[field].toLowerCase()).join(' and ')}. Set the
            column that holds {plan.missingColumns.length === 1 ? 'it' : 'them'} above.
          </p>
        </div>
      )}
      {doubled.length > 0 && (
        <div className="error-summary" role="alert">
          <h3>Two columns are set to the same field</h3>
          <p>
            {doubled.map((field) => CSV_FIELD_LABELS[field]).join(', ')}: choose “Leave out” for one of them.
          </p>
        </div>
      )}
      {plan.missingColumns.length === 0 && (
        <>
          <p role="status">
            {ready === 0
              ? 'Nobody in the file can be added yet.'
              : `${ready} ${ready === 1 ? 'person is' : 'people are'} ready to add.`}
            {plan.bad.length + plan.duplicates.length > 0 &&
              ` ${plan.bad.length + plan.duplicates.length} ${plan.bad.length + plan.duplicates.length === 1 ? 'row' : 'rows'} will be left out.`}
          </p>
          {plan.newAgencies.length > 0 && (
            <p>New agencies that will be added with them: {plan.newAgencies.join(', ')}.</p>
          )}
          {plan.bad.length > 0 && (
            <>
              <h3>Rows with problems ({plan.bad.length})</h3>
              <p className="muted">
                Row numbers count the heading row as row 1. Fix these in the file and choose it again.
              </p>
              <RowList rows={plan.bad} />
            </>
          )}
          {plan.duplicates.length > 0 && (
            <>
              <h3>Already in the directory ({plan.duplicates.length})</h3>
              <RowList rows={plan.duplicates} />
            </>
          )}
        </>
      )}
    </section>
  );
}
