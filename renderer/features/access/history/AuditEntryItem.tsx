import { describeChange, fieldWords, valueWords } from '../../../../shared/access/auditWords';
import type { AuditEntry } from './auditSearch';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';

/** One change in plain words, with the old and new values where they may be shown. */
export function AuditEntryItem({ entry }: { entry: AuditEntry }) {
  const { row } = entry;
  const shown = row.changes.filter((change) => change.field !== 'deleted');
  const hidden = row.fields.filter(
    (field) => field !== 'deleted' && !shown.some((change) => change.field === field),
  );
  return (
    <li className="audit-entry">
      <p>{describeChange(row, entry.title, entry.tableLabel)}.</p>
      {row.action === 'update' && shown.length > 0 && (
        <details>
          <summary>What changed</summary>
          <SummaryList>
            {shown.map((change) => (
              <SummaryRow key={change.field} term={fieldWords(change.field)}>
                from {valueWords(change.before)} to {valueWords(change.after)}
              </SummaryRow>
            ))}
          </SummaryList>
        </details>
      )}
      {row.action === 'update' && hidden.length > 0 && (
        <p className="muted">Some of the values changed are private and are not shown here.</p>
      )}
    </li>
  );
}
