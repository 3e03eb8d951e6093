import { useEffect, useRef, useState } from 'react';
import { getAppApi } from '../../bridge/appApi';
import { FileImport } from '../../features/sync/FileImport';
import { useImportFlow } from '../../features/sync/useImportFlow';
import { Banner } from '../../ui/Banner';

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

  useEffect(() => headingRef.current?.focus(), []);

  const pick = async () => {
    setChooseFailed(false);
    try {
      const file = await getAppApi().files.openBundle();
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
        <>
          <p>
            Choose the file a colleague saved for you from Joined Up, then type the team passphrase they told
            you. You will see which team it is before anything is stored.
          </p>
          {chooseFailed && (
            <Banner tone="error" live>
              The file could not be read. Try choosing it again.
            </Banner>
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void pick()}>
              Choose the file
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              Back
            </button>
          </div>
        </>
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
