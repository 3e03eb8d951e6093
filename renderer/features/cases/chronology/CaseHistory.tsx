import { useState } from 'react';
import { AUDIT_ACTION_LABELS, type AuditRow } from '../../../../shared/domain/audit';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { ROW_WORDS, fieldWords } from '../caseWords';
import { useCaseHistory } from './useCaseHistory';
import { useStages } from '../../../app/data/useStages';
import { showDate, showDateTime } from '../../../../shared/dates';

const FIRST_SHOWN = 20;

/** Turns a stored id into a name (a person or a stage), or null when it is not one this page knows. */
export type NameOf = (field: string, value: unknown) => string | null;

const PERSON_FIELDS = new Set([
  'leadMemberId',
  'memberId',
  'ownerId',
  'recommendedBy',
  'recordedBy',
  'authorId',
  'doneBy',
]);

/** Values worth showing in a sentence; ids and long texts are left to the record itself. */
function shownValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-/.test(value) || value.length > 80) return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return showDate(value);
    return `“${value}”`;
  }
  if (Array.isArray(value)) return value.length === 0 ? 'nothing' : value.join(', ');
  return null;
}

/** "Changed the due date from “2026-03-01” to “2026-03-08”, the owner." */
export function describeChange(row: AuditRow, nameOf: NameOf = () => null): string {
  const what = ROW_WORDS[row.table] ?? row.table;
  const verb = AUDIT_ACTION_LABELS[row.action];
  if (row.action !== 'update' && row.action !== 'settle') return `${verb}: ${what.toLowerCase()}`;
  const parts = row.fields
    .filter((field) => field !== 'doneAt')
    .map((field) => {
      const change = row.changes.find((item) => item.field === field);
      const show = (value: unknown) =>
        value === null && PERSON_FIELDS.has(field) ? 'nobody' : (nameOf(field, value) ?? shownValue(value));
      const before = change ? show(change.before) : null;
      const after = change ? show(change.after) : null;
      return before !== null && after !== null
        ? `${fieldWords(field)} from ${before} to ${after}`
        : fieldWords(field);
    });
  return `${verb} ${what.toLowerCase()}: ${parts.join('; ')}`;
}

export function CaseHistory({ caseRow, members }: CaseSectionProps) {
  const history = useCaseHistory(caseRow.id);
  const stages = useStages();
  const nameOf: NameOf = (field, value) => {
    if (typeof value !== 'string') return null;
    if (PERSON_FIELDS.has(field)) return members.get(value)?.name ?? null;
    if (field === 'columnId') return stages?.find((stage) => stage.id === value)?.title ?? null;
    return null;
  };
  const [showAll, setShowAll] = useState(false);
  const shown = history && !showAll ? history.slice(0, FIRST_SHOWN) : history;

  return (
    <section aria-labelledby="history-heading" className="case-section">
      <h2 id="history-heading">History of changes</h2>
      {!history || !shown ? (
        <p role="status">Loading the history…</p>
      ) : (
        <>
          <p className="case-muted">
            Every change to this case, newest first: who made it, when, and what changed. Sensitive text is
            not repeated here.
          </p>
          <ol className="history-list">
            {shown.map((row) => (
              <li key={row.id}>
                <span className="history-list__when">{showDateTime(row.at)}</span>{' '}
                <strong>{row.personName || 'Someone not named'}</strong> — {describeChange(row, nameOf)}
              </li>
            ))}
          </ol>
          {history.length > FIRST_SHOWN && (
            <button
              type="button"
              className="button button--secondary no-print"
              onClick={() => setShowAll(!showAll)}
            >
              {showAll ? 'Show the latest changes only' : `Show all ${history.length} changes`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
