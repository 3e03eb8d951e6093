import { AUDIT_ACTION_LABELS } from '../../../../shared/domain/audit';

import { useAuditTrail, type AuditKey } from './useAuditTrail';
import { showDateTime } from '../../../../shared/dates';
import { DataTable } from '../../../ui/DataTable';

const FIELD_WORDS: Record<string, string> = {
  title: 'title',
  kind: 'kind',
  reviewDate: 'review date',
  text: 'text',
  changeSummary: 'change summary',
  status: 'status',
  publishedAt: 'publication',
  publishedBy: 'publisher',
  number: 'number',
  procedureId: 'procedure',
  deleted: 'removal',
};

/** Who changed what and when, from the audit trail (names, not PCs), newest first. */
export function ChangeHistory({
  keys,
  labels,
}: {
  keys: readonly AuditKey[];
  labels: ReadonlyMap<string, string>;
}) {
  const rows = useAuditTrail(keys);
  if (!rows) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Change history</h2>
      {rows.length === 0 ? (
        <p>No changes recorded.</p>
      ) : (
        <DataTable
          caption="Who changed what and when, newest first"
          captionHidden
          columns={['When', 'Who', 'What']}
        >
          {rows.slice(0, 50).map((row) => (
            <tr key={row.id}>
              <td>{showDateTime(row.at)}</td>
              <td>{row.personName}</td>
              <td>
                {AUDIT_ACTION_LABELS[row.action]} {labels.get(row.recordId) ?? 'the procedure'}
                {row.action === 'update' &&
                  `: ${row.fields
                    .filter((field) => field in FIELD_WORDS)
                    .map((field) => FIELD_WORDS[field])
                    .join(', ')}`}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
