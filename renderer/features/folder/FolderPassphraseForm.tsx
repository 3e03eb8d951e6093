import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { TextField } from '../../ui/forms/TextField';
import { useTeamFolder } from './useTeamFolder';

interface FolderPassphraseFormProps {
  /** Why the passphrase is asked for, in a sentence. */
  reason: string;
  submitLabel: string;
}

/** Asks for the team passphrase for the folder again (after a restart where it is kept per session, or a change). */
export function FolderPassphraseForm({ reason, submitLabel }: FolderPassphraseFormProps) {
  const folder = useTeamFolder();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const problem =
        passphrase === '' ? 'Enter the team passphrase.' : await folder.enterPassphrase(passphrase);
      setError(problem ?? undefined);
      setAttempt((count) => count + 1);
      if (!problem) setPassphrase('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="sync-form">
      <ErrorSummary errors={{ 'folder-key': error }} attempt={attempt} />
      <p>{reason}</p>
      <TextField
        id="folder-key"
        label="Team passphrase"
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={setPassphrase}
        error={error}
      />
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
