import { useEffect, useRef, useState, type FormEvent } from 'react';
import { pcNameOf } from '../../../shared/api/settings';
import { getAppApi } from '../../bridge/appApi';
import { FileImport } from '../../features/sync/FileImport';
import { useImportFlow } from '../../features/sync/useImportFlow';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { checkPcName } from '../settings/checkPcName';
import { PcNameField } from '../settings/PcNameField';
import { useSettings } from '../settings/useSettings';

interface JoinChoiceProps {
  onJoined: (teamId: string) => void;
  onCancel: () => void;
}

/**
 * Joining a team from the file a colleague saved: choose it, type the passphrase, see which team it is and who
 * saved it, confirm. The team is then added to this PC and the person picks themselves from its people.
 */
export function JoinChoice({ onJoined, onCancel }: JoinChoiceProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [chooseFailed, setChooseFailed] = useState(false);
  const flow = useImportFlow({ onJoined });
  const { state } = flow;
  const { settings, update } = useSettings();
  // Asked here only while the PC has no name: this is the first screen of joining a team on it.
  const [pcName, setPcName] = useState(() => (settings.pcName === null ? pcNameOf(settings) : null));
  const [nameError, setNameError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => headingRef.current?.focus(), []);

  const pick = async (event: FormEvent) => {
    event.preventDefault();
    setChooseFailed(false);
    const named = pcName === null ? null : checkPcName(pcName);
    if (named) {
      setNameError(named.ok ? undefined : named.message);
      setAttempt((count) => count + 1);
      if (!named.ok) return;
    }
    // The picker opens first: a browser shows it only straight after the key press or click that asked for it.
    const picking = getAppApi().files.openBundle();
    if (named?.ok) {
      // Should this PC's settings refuse the name, Share and receive asks for it again later.
      await update({ pcName: named.name }).catch(() => undefined);
      setPcName(null);
    }
    try {
      const file = await picking;
      if (file) flow.choose(file, true);
    } catch {
      setChooseFailed(true);
    }
  };

  return (
    <section aria-labelledby="join-heading" className="join-team">
      <h2 id="join-heading" ref={headingRef} tabIndex={-1}>
        Join your team from a file
      </h2>
      {state.stage === 'idle' && (
        <form noValidate onSubmit={(event) => void pick(event)} className="sync-form">
          <ErrorSummary errors={{ 'join-pc-name': nameError }} attempt={attempt} />
          <p>
            Choose the file a colleague saved for you from Joined Up, then type the team passphrase they told
            you. You will see which team it is before anything is stored.
          </p>
          {chooseFailed && (
            <Banner tone="error" live>
              The file could not be read. Try choosing it again.
            </Banner>
          )}
          {pcName !== null && (
            <PcNameField id="join-pc-name" value={pcName} onChange={setPcName} error={nameError} />
          )}
          <div className="button-row">
            <button type="submit" className="button">
              Choose the file
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              Back
            </button>
          </div>
        </form>
      )}
      <FileImport
        idPrefix="join"
        state={state}
        onOpen={(passphrase) => {
          if (state.stage === 'passphrase' || state.stage === 'failed')
            void flow.open(state.file, passphrase, true);
        }}
        onConfirm={() => void flow.confirm()}
        onCancel={() => void flow.cancel()}
        onOpenExisting={onJoined}
      />
    </section>
  );
}
