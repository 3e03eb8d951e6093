import type { TableName } from '../../../../shared/domain/registry';
import type { SyncedRecord } from '../../../../shared/sync/record';
import { AuditEntryItem } from './AuditEntryItem';
import { useRecordHistory } from './useRecordHistory';
import '../access.css';
import { useMembersById } from '../../../app/data/useMembersById';
import { showDateTime } from '../../../../shared/dates';

interface RecordHistoryProps {
  table: TableName;
  record: Pick<SyncedRecord, 'id' | 'updatedBy' | 'updatedAt'>;
  /** The heading level that fits the page it sits on. */
  headingLevel?: 2 | 3;
}

/**
 * Accountability on a record's own page: who changed it last and when, always in view, and every change before
 * that (who, what, when, on which PC) a click away, newest first.
 */
export function RecordHistory({ table, record, headingLevel = 2 }: RecordHistoryProps) {
  const entries = useRecordHistory(table, record.id);
  const members = useMembersById();
  const lastBy = members && (members.get(record.updatedBy)?.name ?? null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `history-${record.id}`;
  return (
    <section aria-labelledby={headingId} className="record-history">
      <Heading id={headingId}>Changes</Heading>
      {lastBy !== undefined && (
        <p>
          Last changed by {lastBy ?? 'someone no longer in the directory'} on {showDateTime(record.updatedAt)}
          .
        </p>
      )}
      {entries === undefined ? (
        <p role="status">Loading the changes…</p>
      ) : entries.length === 0 ? (
        <p>No changes to this are recorded on this PC.</p>
      ) : (
        <details>
          <summary>Every change ({entries.length}), newest first</summary>
          <ol className="audit-list">
            {entries.map((entry) => (
              <AuditEntryItem key={entry.row.id} entry={entry} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
