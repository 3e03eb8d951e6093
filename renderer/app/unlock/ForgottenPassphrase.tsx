import { useState } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { removeTeamFromPc } from './unlockCommands';

interface ForgottenPassphraseProps {
  teamId: string;
  teamName: string;
  /** After the team is off this PC: the screen to join it again from a file. */
  onRemoved: () => void;
}

/** What to do without the passphrase: ask for it, or take this PC's copy off and join the team again. */
export function ForgottenPassphrase({ teamId, teamName, onRemoved }: ForgottenPassphraseProps) {
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);

  const remove = async () => {
    setAsking(false);
    try {
      await removeTeamFromPc(teamId);
      onRemoved();
    } catch {
      setFailed(true);
    }
  };

  return (
    <details className="unlock__forgotten">
      <summary>Forgotten the passphrase?</summary>
      <p>
        Nobody can open this team’s records on this PC without it, not even the people who make Joined Up.
        Nothing your team shares is lost: it is on your colleagues’ PCs and in the files you have passed on.
      </p>
      <p>
        Ask your team leader or a colleague for the passphrase. If the team has changed it, type the new one.
      </p>
      <p>
        If nobody can tell you, you can take the team off this PC and join it again from a file a colleague
        saves for you. Only work done on this PC and never passed on in a file would be lost.
      </p>
      {failed && (
        <p role="alert" className="field__error">
          The team could not be taken off this PC. Nothing has been changed. Try again.
        </p>
      )}
      <button type="button" className="button button--warning" onClick={() => setAsking(true)}>
        Take the team off this PC and join again
      </button>
      <ConfirmDialog
        isOpen={asking}
        title={`Take ${teamName} off this PC?`}
        confirmLabel="Take it off this PC"
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
      >
        <p>
          This PC’s copy of the team’s records goes. Work done here and never passed on in a file cannot be
          brought back. Everything else is on your colleagues’ PCs: join again from a file they save for you.
        </p>
      </ConfirmDialog>
    </details>
  );
}
