import { useMemo } from 'react';
import { lineDiff } from '../../../../shared/charter/versions';
import { hrefFor } from '../../../app/router/hashRoute';
import { useRecord } from '../../../app/data/useRecord';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { CharterNav } from '../CharterNav';

/** What changed between two versions, line by line: removed lines and added lines are labelled in words. */
export function ComparePage({
  procedureId,
  olderId,
  newerId,
}: {
  procedureId: string;
  olderId: string;
  newerId: string;
}) {
  const procedure = useRecord('procedures', procedureId);
  const older = useRecord('procedureVersions', olderId);
  const newer = useRecord('procedureVersions', newerId);
  const lines = useMemo(() => (older && newer ? lineDiff(older.text, newer.text) : []), [older, newer]);

  if (procedure === undefined || older === undefined || newer === undefined) return null;
  if (!procedure || !older || !newer) {
    return (
      <>
        <PageHeader title="Versions not found" />
        <EmptyState title="One of these versions is no longer here">
          <p>
            <a href={hrefFor('charter', 'procedures')}>Back to the procedures</a>
          </p>
        </EmptyState>
      </>
    );
  }
  const added = lines.filter((line) => line.kind === 'added').length;
  const removed = lines.filter((line) => line.kind === 'removed').length;
  return (
    <>
      <PageHeader title={`${procedure.title}: version ${older.number} and version ${newer.number}`} />
      <CharterNav current="procedures" />
      <p>
        <a href={hrefFor('charter', 'procedure', procedureId)}>Back to {procedure.title}</a>
      </p>
      <p>
        {added} {added === 1 ? 'line' : 'lines'} added and {removed} {removed === 1 ? 'line' : 'lines'} taken
        out in version {newer.number}.
      </p>
      <ol
        className="diff-view"
        aria-label={`Changes from version ${older.number} to version ${newer.number}`}
      >
        {lines.map((line, index) => (
          <li key={index} className={`diff-view__line diff-view__line--${line.kind}`}>
            <span className="diff-view__mark">
              {line.kind === 'added' ? 'Added: ' : line.kind === 'removed' ? 'Taken out: ' : ''}
            </span>
            {line.text === '' ? '\u00a0' : line.text}
          </li>
        ))}
      </ol>
    </>
  );
}
