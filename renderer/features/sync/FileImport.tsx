import { Banner } from '../../ui/Banner';
import { PageForm } from '../../ui/forms/PageForm';
import { TextField } from '../../ui/forms/TextField';
import { useFormField } from '../../ui/forms/useFormField';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { showDateTime } from '../../../shared/dates';
import { capitalised, pcWords } from './describeClocks';
import { ImportPreviewView } from './ImportPreviewView';
import { ProgressView } from './ProgressView';
import type { ImportStage } from './useImportFlow';

interface FileImportProps {
  state: ImportStage;
  onOpen: (passphrase: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
  /** Offered when the file belongs to another team. */
  onAddAsTeam?: () => void;
  /** Offered when joining a team this PC already holds. */
  onOpenExisting?: (teamId: string) => void;
  idPrefix: string;
}

function changeCount(state: Extract<ImportStage, { stage: 'done' }>): string {
  const areas = state.preview.areas;
  const added = areas.reduce((sum, area) => sum + area.added, 0);
  const changed = areas.reduce((sum, area) => sum + area.changed, 0);
  const decisions = areas.reduce((sum, area) => sum + area.decisions, 0);
  const parts = [`${added} new`, `${changed} changed`];
  if (decisions > 0) parts.push(`${decisions} need a decision (listed below)`);
  return parts.join(', ');
}

/** The steps after a file was chosen: passphrase, progress, what it holds, and the result. */
export function FileImport({
  state,
  onOpen,
  onConfirm,
  onCancel,
  onAddAsTeam,
  onOpenExisting,
  idPrefix,
}: FileImportProps) {
  // No draft key: a passphrase is never kept as a draft for when the person comes back.
  const form = useSaveForm(`${idPrefix}-`);
  const passphrase = useFormField(form, 'passphrase', '');

  if (state.stage === 'idle') return null;

  const submit = () =>
    void form.run(
      () => ({ [passphrase.id]: passphrase.value === '' ? 'Enter the team passphrase.' : undefined }),
      async () => {
        onOpen(passphrase.value);
        passphrase.onChange('');
      },
    );

  const fileLine = <p>File: {state.file.name}</p>;

  if (state.stage === 'passphrase' || state.stage === 'failed') {
    return (
      <PageForm
        title="Open the file"
        className="sync-form"
        form={form}
        submitLabel="Open the file"
        onSubmit={submit}
        onCancel={onCancel}
      >
        {fileLine}
        {state.stage === 'failed' && (
          <Banner tone="error" title="The file was not brought in" live>
            <p>{state.error.message}</p>
            {state.error.kind === 'otherTeam' && onAddAsTeam && (
              <button type="button" className="button button--secondary" onClick={onAddAsTeam}>
                Add it as a separate team on this PC
              </button>
            )}
          </Banner>
        )}
        <TextField
          {...passphrase}
          label="Team passphrase"
          hint="The passphrase the file was locked with."
          type="password"
          autoComplete="off"
        />
      </PageForm>
    );
  }

  if (state.stage === 'working') {
    // Opening a file can be stopped at any step; storing it is one short step that either happens or not.
    const mayStop = state.progress.step !== 'saving';
    return (
      <div className="sync-form">
        {fileLine}
        <ProgressView
          progress={state.progress}
          label={state.join ? 'Joining the team' : 'Bringing in a file'}
        />
        {mayStop && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Stop and leave everything as it was
          </button>
        )}
      </div>
    );
  }

  if (state.stage === 'held') {
    // The whole story, and "bring it in now" for a leader, is in the list of files waiting, right below.
    const [first] = state.held.clocks;
    return (
      <Banner tone="warning" title="The file was kept, not brought in" live>
        <p>
          {first ? `${capitalised(pcWords(first))} has its clock ahead of this PC’s. ` : ''}The file from{' '}
          {state.held.fromPersonName} is listed under “Waiting for a PC’s clock”, with what to do.
        </p>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Close
        </button>
      </Banner>
    );
  }

  if (state.stage === 'preview') {
    const { preview } = state;
    const nothingToDo = preview.alreadyReceivedAt !== null;
    return (
      <div className="sync-form">
        {state.note && (
          <Banner tone="warning" live>
            <p>{state.note}</p>
          </Banner>
        )}
        <ImportPreviewView preview={preview} join={state.join} />
        {state.alreadyHere && (
          <Banner tone="info" title="This team is already on this PC">
            <p>Bringing the file in adds its changes to the team already here.</p>
          </Banner>
        )}
        <div className="button-row">
          {nothingToDo ? (
            state.join && onOpenExisting ? (
              <button type="button" className="button" onClick={() => onOpenExisting(preview.teamId)}>
                Open the team
              </button>
            ) : null
          ) : (
            <button type="button" className="button" onClick={onConfirm}>
              {state.join && !state.alreadyHere ? 'Join this team' : 'Bring it in'}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {nothingToDo ? 'Close' : 'Cancel'}
          </button>
        </div>
      </div>
    );
  }

  return (
    <Banner tone="success" title="The file was brought in" live>
      <p>
        {state.applied
          ? `From ${state.preview.fromPersonName}: ${changeCount(state)}.`
          : `You brought this file in on ${showDateTime(state.receipt.importedAt)} already; nothing changed.`}
      </p>
      {state.passphraseNews && (
        <p>
          <strong>{state.passphraseNews}</strong>
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Done
      </button>
    </Banner>
  );
}
