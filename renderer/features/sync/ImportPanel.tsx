import { useEffect, useState } from 'react';
import { getAppApi } from '../../bridge/appApi';
import { useTeam } from '../../app/team/useTeam';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { FileImport } from './FileImport';
import { takeOfferedFile, useOfferedFile } from './openedFiles';
import { useImportFlow } from './useImportFlow';

/** Bring in a file from another PC: choose it, unlock it, see what it would change, confirm. */
export function ImportPanel() {
  const { team, openTeam } = useTeam();
  const writer = useWriter();
  const [chooseFailed, setChooseFailed] = useState(false);
  const flow = useImportFlow({
    teamId: team.id,
    onApplied: (maxStamp) => {
      if (maxStamp !== undefined) writer.clock.receive(maxStamp);
    },
    onJoined: (teamId) => void openTeam(teamId),
  });
  const offered = useOfferedFile();
  const { choose } = flow;

  useEffect(() => {
    if (!offered) return;
    const file = takeOfferedFile();
    if (file) choose(file);
  }, [offered, choose]);

  const pick = async () => {
    setChooseFailed(false);
    try {
      const file = await getAppApi().files.openBundle();
      if (file) choose(file);
    } catch {
      setChooseFailed(true);
    }
  };

  const { state } = flow;
  return (
    <>
      {state.stage === 'idle' && (
        <>
          <p>
            Use a file saved on another PC of your team. You will see what it would change before anything is
            stored, and nobody’s work is lost.
          </p>
          {chooseFailed && (
            <Banner tone="error" live>
              <p>The file could not be read. Try choosing it again.</p>
            </Banner>
          )}
          <button type="button" className="button" onClick={() => void pick()}>
            Bring in a file
          </button>
        </>
      )}
      <FileImport
        idPrefix="import"
        state={state}
        onOpen={(passphrase) => {
          if (state.stage === 'passphrase' || state.stage === 'failed')
            void flow.open(state.file, passphrase, state.join);
        }}
        onConfirm={() => void flow.confirm()}
        onCancel={() => void flow.cancel()}
        onAddAsTeam={() => {
          if (state.stage === 'failed') flow.choose(state.file, true);
        }}
        onOpenExisting={(teamId) => void openTeam(teamId)}
      />
    </>
  );
}
