import { useMemo } from 'react';
import { compareProcedureText, type PartChange } from '../../../../shared/charter/textDiff';
import { hrefFor } from '../../../app/router/hashRoute';
import { useRecord } from '../../../app/data/useRecord';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { PageHeader } from '../../../ui/PageHeader';
import { CharterNav } from '../CharterNav';
import { TextComparison } from './TextComparison';

/** What changed between two versions, in the text as it reads: each part added, taken out or changed is named. */
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
  const changes = useMemo(
    () => (older && newer ? compareProcedureText(older.text, newer.text) : []),
    [older, newer],
  );

  if (procedure === undefined || older === undefined || newer === undefined) return null;
  if (!procedure || !older || !newer) {
    return (
      <NotFoundPage title="Versions not found" heading="One of these versions is no longer here">
        <a href={hrefFor('charter', 'procedures')}>Back to the procedures</a>
      </NotFoundPage>
    );
  }
  const count = (kind: PartChange['change']) => changes.filter((change) => change.change === kind).length;
  const parts = (n: number) => `${n} ${n === 1 ? 'part' : 'parts'}`;
  return (
    <>
      <PageHeader title={`${procedure.title}: version ${older.number} and version ${newer.number}`} />
      <CharterNav current="procedures" />
      <p>
        <a href={hrefFor('charter', 'procedure', procedureId)}>Back to {procedure.title}</a>
      </p>
      <p>
        In version {newer.number}: {parts(count('added'))} added, {parts(count('changed'))} changed and{' '}
        {parts(count('removed'))} taken out. Added words are underlined, words taken out are struck through.
      </p>
      <section aria-label={`Version ${newer.number} compared with version ${older.number}`}>
        <TextComparison changes={changes} />
      </section>
    </>
  );
}
