import { hrefFor, navigate } from '../../../app/router/hashRoute';
import { useRecord } from '../../../app/data/useRecord';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { PageHeader } from '../../../ui/PageHeader';
import { RemoveButton } from '../../../ui/RemoveButton';
import { RecordHistory } from '../../access/history/RecordHistory';
import { RecordClashes } from '../../sync/RecordClashes';
import { CharterNav } from '../CharterNav';
import { CommitmentForm } from './CommitmentForm';
import { deleteCommitment } from './commitmentCommands';
import { useWriter } from '../../../app/team/useWriter';

/** Changing one agency commitment, or removing it (it can be brought back from "Recently deleted"). */
export function CommitmentPage({ commitmentId }: { commitmentId: string }) {
  const writer = useWriter();
  const commitment = useRecord('agencyCommitments', commitmentId);
  if (commitment === undefined) return null;
  if (commitment === null) {
    return (
      <NotFoundPage title="Commitment not found" heading="This commitment is no longer here">
        Someone may have removed it. <a href={hrefFor('charter', 'commitments')}>Back to the commitments</a>
      </NotFoundPage>
    );
  }
  return (
    <>
      <PageHeader title="Change a commitment" />
      <CharterNav current="commitments" />
      <RecordClashes table="agencyCommitments" recordId={commitment.id} />
      <CommitmentForm
        commitment={commitment}
        onSaved={() => navigate('charter', 'commitments')}
        onCancel={() => navigate('charter', 'commitments')}
      />
      <div className="button-row">
        <RemoveButton
          label="Remove this commitment"
          question="Remove this commitment?"
          onRemove={() => deleteCommitment(writer, commitment.id)}
          onRemoved={() => navigate('charter', 'commitments')}
        >
          <p>
            It will be taken off the agency commitments and the capacity figures for everyone. It can be
            brought back from Recently deleted in Settings.
          </p>
        </RemoveButton>
      </div>
      <RecordHistory table="agencyCommitments" record={commitment} />
    </>
  );
}
