import { CSV_FIELD_LABELS, type CsvField } from '../../../../shared/people/csvFields';
import { Banner } from '../../../ui/Banner';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';

interface ColumnsSummaryProps {
  headers: readonly string[];
  mapping: readonly (CsvField | null)[];
}

/** A column's heading as a person reads it: an empty heading is named by its place. */
export function columnName(headers: readonly string[], column: number): string {
  return headers[column]?.trim() || `Column ${column + 1} (no heading)`;
}

/**
 * Every column of the file and what it will fill, in one list a person can read before anything is saved, so no
 * column is dropped without their knowing.
 */
export function ColumnsSummary({ headers, mapping }: ColumnsSummaryProps) {
  return (
    <section aria-labelledby="columns-fill-heading">
      <h2 id="columns-fill-heading">What each column will fill</h2>
      <SummaryList className="summary-list--two">
        {headers.map((_, column) => {
          const field = mapping[column] ?? null;
          return (
            <SummaryRow key={column} term={columnName(headers, column)}>
              {field ? CSV_FIELD_LABELS[field] : <strong>Left out: not brought in</strong>}
            </SummaryRow>
          );
        })}
      </SummaryList>
    </section>
  );
}

/** Said beside the button that adds people: the columns whose contents will not be kept. */
export function LeftOutWarning({ headers, mapping }: ColumnsSummaryProps) {
  const leftOut = headers.map((_, column) => column).filter((column) => !mapping[column]);
  if (leftOut.length === 0) return null;
  const names = leftOut.map((column) => `“${columnName(headers, column)}”`).join(', ');
  return (
    <Banner
      tone="warning"
      title={
        leftOut.length === 1
          ? '1 column will not be brought in'
          : `${leftOut.length} columns will not be brought in`
      }
    >
      <p>
        What is in {names} will not be saved. Choose what {leftOut.length === 1 ? 'it holds' : 'each holds'}{' '}
        in the table above if it should be kept.
      </p>
    </Banner>
  );
}
