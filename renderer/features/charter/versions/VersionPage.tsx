import { useMemo } from 'react';
import { shownStatus, versionsNewestFirst } from '../../../../shared/charter/versions';
import { VERSION_STATUS_LABELS } from '../../../../shared/domain/charter';
import { hrefFor } from '../../../app/router/hashRoute';
import { useRecord } from '../../../app/data/useRecord';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { PageHeader } from '../../../ui/PageHeader';
import { CharterNav } from '../CharterNav';

import { DraftEditor } from './DraftEditor';
import { ProcedureText } from './ProcedureText';
import { ReadStatus } from '../procedures/ReadStatus';
import { useLiveRows } from '../../../app/data/useLiveRows';
import { useMembers } from '../../../app/data/useMembers';
import { showDateTime } from '../../../../shared/dates';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';

/** One version of a procedure: a draft to edit and publish, or a published version exactly as it was agreed. */
export function VersionPage({ procedureId, versionId }: { procedureId: string; versionId: string }) {
  const procedure = useRecord('procedures', procedureId);
  const version = useRecord('procedureVersions', versionId);
  const versions = useLiveRows('procedureVersions', { where: { index: 'procedureId', equals: procedureId } });
  const members = useMembers();
  const names = useMemo(() => new Map((members ?? []).map((member) => [member.id, member.name])), [members]);

  if (procedure === undefined || version === undefined || versions === undefined) return null;
  if (procedure === null || version === null || version.procedureId !== procedureId) {
    return (
      <NotFoundPage title="Version not found" heading="This version is no longer here">
        A draft may have been thrown away.{' '}
        <a href={hrefFor('charter', 'procedures')}>Back to the procedures</a>
      </NotFoundPage>
    );
  }
  const status = shownStatus(version, versions);
  const older = versionsNewestFirst(versions).find((other) => other.number < version.number);
  const back = (
    <p className="no-print">
      <a href={hrefFor('charter', 'procedure', procedureId)}>Back to {procedure.title}</a>
    </p>
  );

  if (version.status === 'draft') {
    return (
      <>
        <PageHeader title={`${procedure.title}: draft version ${version.number}`} />
        <CharterNav current="procedures" />
        {back}
        <DraftEditor key={version.id} version={version} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={`${procedure.title}: version ${version.number}`} />
      <CharterNav current="procedures" />
      {back}
      <SummaryList>
        <SummaryRow term="Status">
          <span className={status === 'in-force' ? 'tag tag--success' : 'tag'}>
            {VERSION_STATUS_LABELS[status]}
          </span>
          {status === 'superseded' && ' — kept so the team can see what applied before'}
        </SummaryRow>
        <SummaryRow term="Published">
          {version.publishedAt ? showDateTime(version.publishedAt) : ''} by{' '}
          {names.get(version.publishedBy ?? '') ?? 'someone no longer listed'}
        </SummaryRow>
        <SummaryRow term="What changed" valueClassName="preserve-lines">
          {version.changeSummary || 'No summary given'}
        </SummaryRow>
      </SummaryList>
      {older && (
        <p>
          <a href={hrefFor('charter', 'procedure', procedureId, 'compare', older.id, version.id)}>
            Compare with version {older.number}
          </a>
        </p>
      )}
      {status === 'in-force' && <ReadStatus version={version} />}
      <section aria-labelledby="version-text-heading" className="procedure-document">
        <h2 id="version-text-heading">Text of version {version.number}</h2>
        <ProcedureText text={version.text} topLevel={3} />
      </section>
    </>
  );
}
