import { useTeam } from '../../app/team/useTeam';
import { AuditEntryItem } from './AuditEntryItem';
import { useRecordHistory } from './useRecordHistory';
import './access.css';

interface RecordHistoryProps {
  table: string;
  recordId: string;
  /** The heading level that fits the page it sits on. */
  headingLevel?: 2 | 3;
}

/** A record's own change history, newest first: who changed what, when, and on which PC. */
export function RecordHistory({ table, recordId, headingLevel = 2 }: RecordHistoryProps) {
  const { db } = useTeam();
  const entries = useRecordHistory(db, table, recordId);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `history-${recordId}`;
  return (
    <section aria-labelledby={headingId} className="record-history">
      <Heading id={headingId}>Change history</Heading>
      {entries === undefined ? (
        <p role="status">Loading the changes…</p>
      ) : entries.length === 0 ? (
        <p>No changes are recorded for this yet.</p>
      ) : (
        <ol className="audit-list">
          {entries.map((entry) => (
            <AuditEntryItem key={entry.row.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
