import { hrefFor, navigate } from '../../../app/router/hashRoute';
import { useRecord } from '../../../app/data/useRecord';
import { useWriter } from '../../../app/team/useWriter';
import { SavedBanner } from '../../../ui/SavedBanner';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordHistory } from '../../access/history/RecordHistory';
import { ChangeOrRemove } from '../../../ui/ChangeOrRemove';
import { AimForm } from './AimForm';
import { deleteAim } from './aimCommands';
import { CharterNav } from '../CharterNav';

import { TargetList } from './TargetCard';
import { TargetForm } from './TargetForm';
import { useMeasureInputs } from './useMeasureInputs';
import { useLiveRows } from '../../../app/data/useLiveRows';
import { useMembers } from '../../../app/data/useMembers';
import { showDate, todayIso } from '../../../../shared/dates';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';

/** What removing an aim takes with it, in words: its targets go too, and come back with it. */
function removalInWords(title: string, targets: number): string {
  if (targets === 0)
    return `“${title}” will be taken off the charter for everyone. It can be brought back from Recently deleted in Settings.`;
  const those = targets === 1 ? 'its target' : `its ${targets} targets`;
  return `“${title}” and ${those} will be taken off the charter for everyone. Bringing the aim back from Recently deleted in Settings brings ${those} back too.`;
}

/** One joint aim: what it is, who looks after it, its targets, and forms to change it and add a target. */
export function AimPage({ aimId }: { aimId: string }) {
  const writer = useWriter();
  const aim = useRecord('charterAims', aimId);
  const targets = useLiveRows('charterTargets', { where: { index: 'aimId', equals: aimId } });
  const readings = useLiveRows('targetReadings');
  const members = useMembers();
  const inputs = useMeasureInputs();
  const { editing, saved, open, close, done } = useEditingPart<'aim' | 'target'>('aim-page');
  const today = todayIso();

  if (aim === undefined) return null;
  if (aim === null) {
    return (
      <NotFoundPage title="Aim not found" heading="This aim is no longer here">
        Someone may have removed it. <a href={hrefFor('charter')}>Back to the charter</a>
      </NotFoundPage>
    );
  }
  const owner = members?.find((member) => member.id === aim.ownerId);
  return (
    <>
      <PageHeader title={aim.title} />
      <CharterNav current="aims" />
      <SavedBanner text={saved} />
      {editing === 'aim' ? (
        <section aria-labelledby="edit-aim-heading">
          <h2 id="edit-aim-heading">Change the aim</h2>
          <AimForm aim={aim} focusOnOpen onSaved={() => done('The aim is saved.')} onCancel={close} />
        </section>
      ) : (
        <>
          <SummaryList>
            <SummaryRow term="Looked after by">{owner?.name ?? 'Nobody yet'}</SummaryRow>
            <SummaryRow term="Review by">
              {showDate(aim.reviewDate, 'No date set')}{' '}
              {aim.reviewDate !== null && aim.reviewDate < today && (
                <span className="tag tag--warning">Review overdue</span>
              )}
            </SummaryRow>
            <SummaryRow term="About this aim" valueClassName="preserve-lines">
              {aim.description || 'Nothing added.'}
            </SummaryRow>
          </SummaryList>
          <ChangeOrRemove
            changeId="aim-page-aim"
            changeLabel="Change the aim"
            onChange={() => open('aim')}
            removeLabel="Remove this aim"
            onRemove={() => deleteAim(writer, aim.id)}
            onRemoved={() => navigate('charter')}
          >
            <p>{removalInWords(aim.title, targets?.length ?? 0)}</p>
          </ChangeOrRemove>
        </>
      )}
      <section aria-labelledby="targets-heading">
        <h2 id="targets-heading">Targets</h2>
        {targets && readings && inputs && (
          <TargetList targets={targets} readings={readings} inputs={inputs} today={today} />
        )}
        {editing === 'target' ? (
          <section aria-labelledby="add-target-heading" className="charter-form-block">
            <h3 id="add-target-heading">Add a target</h3>
            <TargetForm aimId={aim.id} onSaved={() => done('The target is added.')} onCancel={close} />
          </section>
        ) : (
          <button type="button" id="aim-page-target" className="button" onClick={() => open('target')}>
            Add a target
          </button>
        )}
      </section>
      <RecordHistory table="charterAims" record={aim} />
    </>
  );
}
