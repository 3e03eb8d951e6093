import { useMemo } from 'react';
import { versionInForce, versionsNewestFirst } from '../../../../shared/charter/versions';
import { PROCEDURE_KIND_LABELS } from '../../../../shared/domain/charter';
import { hrefFor, navigate } from '../../../app/router/hashRoute';
import { useWriter } from '../../../app/team/useWriter';
import { useRecord } from '../../../app/data/useRecord';
import { SavedBanner } from '../../../ui/SavedBanner';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { PageHeader } from '../../../ui/PageHeader';
import { ChangeHistory } from './ChangeHistory';
import { CharterNav } from '../CharterNav';

import { ProcedureDetailsForm } from './ProcedureDetailsForm';
import { ProcedureReviews } from './ProcedureReviews';
import { ProcedureText } from '../versions/ProcedureText';
import { ReadStatus } from './ReadStatus';
import { startNewVersion } from './procedureCommands';
import { useLiveRows } from '../../../app/data/useLiveRows';
import { VersionList } from '../versions/VersionList';
import { useMembers } from '../../../app/data/useMembers';
import { showDate, showDateTime, todayIso } from '../../../../shared/dates';
import { useActionMessage } from '../../../ui/useActionMessage';
import { MessageBanner } from '../../../ui/MessageBanner';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';

/** One procedure: the version in force, who has read it, every version, reviews and proposed changes, history. */
export function ProcedurePage({ procedureId }: { procedureId: string }) {
  const writer = useWriter();
  const procedure = useRecord('procedures', procedureId);
  const versions = useLiveRows('procedureVersions', { where: { index: 'procedureId', equals: procedureId } });
  const members = useMembers();
  const { editing, saved, open, close, done } = useEditingPart<'details'>('procedure');
  const { message, run } = useActionMessage();
  const names = useMemo(() => new Map((members ?? []).map((member) => [member.id, member.name])), [members]);
  const historyKeys = useMemo(
    () => [
      { table: 'procedures', recordId: procedureId },
      ...(versions ?? []).map((version) => ({ table: 'procedureVersions', recordId: version.id })),
    ],
    [procedureId, versions],
  );
  const labels = useMemo(
    () => new Map((versions ?? []).map((version) => [version.id, `version ${version.number}`])),
    [versions],
  );

  if (procedure === undefined || versions === undefined) return null;
  if (procedure === null) {
    return (
      <NotFoundPage title="Procedure not found" heading="This procedure is no longer here">
        Someone may have removed it. <a href={hrefFor('charter', 'procedures')}>Back to the procedures</a>
      </NotFoundPage>
    );
  }
  const current = versionInForce(versions);
  const draft = versionsNewestFirst(versions).find((version) => version.status === 'draft');
  const overdue = procedure.reviewDate !== null && procedure.reviewDate < todayIso();

  const startVersion = async () => {
    await run(
      async () => {
        const { versionId } = await startNewVersion(writer, procedure.id, '');
        navigate('charter', 'procedure', procedure.id, 'version', versionId);
      },
      undefined,
      'The new version could not be started. Please try again.',
    );
  };

  return (
    <>
      <PageHeader title={procedure.title} />
      <CharterNav current="procedures" />
      <SavedBanner text={saved} />
      <MessageBanner message={message} />
      {editing === 'details' ? (
        <ProcedureDetailsForm
          procedure={procedure}
          onDone={(changed) => (changed ? done('The details are saved.') : close())}
        />
      ) : (
        <>
          <SummaryList>
            <SummaryRow term="Kind">{PROCEDURE_KIND_LABELS[procedure.kind]}</SummaryRow>
            <SummaryRow term="In force">
              {current
                ? `Version ${current.number}, published ${current.publishedAt ? showDateTime(current.publishedAt) : ''} by ${names.get(current.publishedBy ?? '') ?? 'someone no longer listed'}`
                : 'No version is in force yet'}
            </SummaryRow>
            <SummaryRow term="Review by">
              {showDate(procedure.reviewDate, 'No date set')}{' '}
              {overdue && <span className="tag tag--warning">Review overdue</span>}
            </SummaryRow>
          </SummaryList>
          <div className="button-row">
            {draft ? (
              <a className="button" href={hrefFor('charter', 'procedure', procedure.id, 'version', draft.id)}>
                Carry on with the draft (version {draft.number})
              </a>
            ) : (
              <button type="button" className="button" onClick={() => void startVersion()}>
                Start a new version
              </button>
            )}
            <button
              type="button"
              id="procedure-details"
              className="button button--secondary"
              onClick={() => open('details')}
            >
              Change the title, kind or review date
            </button>
          </div>
        </>
      )}
      {current && (
        <>
          <ReadStatus version={current} />
          <section aria-labelledby="in-force-heading" className="procedure-document">
            <h2 id="in-force-heading">Version {current.number}, in force</h2>
            <ProcedureText text={current.text} topLevel={3} />
          </section>
        </>
      )}
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <VersionList procedureId={procedure.id} versions={versions} names={names} />
      </section>
      <ProcedureReviews procedureId={procedure.id} />
      <ChangeHistory keys={historyKeys} labels={labels} />
    </>
  );
}
