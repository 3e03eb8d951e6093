import { useState, type FormEvent } from 'react';
import { pcNameOf } from '../../../shared/api/settings';
import type { Area } from '../../../shared/domain/tableDef';
import { hrefFor } from '../../app/router/hashRoute';
import { useSettings } from '../../app/settings/useSettings';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { TextField } from '../../ui/forms/TextField';
import { AreaChoice, CHOOSABLE_AREAS } from '../sync/AreaChoice';
import { useTeamFolder } from './useTeamFolder';

type Errors = Record<string, string | undefined>;

/** Choosing the team folder: what this PC shares there, under its name, and the passphrase it will remember. */
export function FolderSetupForm() {
  const folder = useTeamFolder();
  const { settings } = useSettings();
  const [areas, setAreas] = useState<string[]>([...CHOOSABLE_AREAS]);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found: Errors = {};
    if (passphrase === '') found['folder-passphrase'] = 'Enter the team passphrase.';
    setErrors(found);
    setAttempt((count) => count + 1);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    try {
      const scope: Area[] = ['team', ...CHOOSABLE_AREAS.filter((area) => areas.includes(area))];
      const outcome = await folder.start({ passphrase, scope });
      if (outcome.kind === 'refused') {
        setErrors({ 'folder-passphrase': outcome.message });
        setAttempt((count) => count + 1);
      } else if (outcome.kind === 'failed') {
        setProblem(outcome.message);
      } else if (outcome.kind === 'started') {
        setPassphrase('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="sync-form">
      <ErrorSummary errors={errors} attempt={attempt} />
      <p>
        Where your team’s PCs share a folder — a network drive, a SharePoint or OneDrive library, a Syncthing
        folder or a USB stick that travels — choose it here. This PC then leaves its changes there a few
        seconds after they are made and brings in everyone else’s by itself. Every file in the folder is
        locked with the team passphrase.
      </p>
      <p>
        This PC is called <strong>{pcNameOf(settings)}</strong>. Colleagues see this name beside the changes
        made here; you can change it in <a href={hrefFor('settings')}>Settings</a>.
      </p>
      <AreaChoice label="What this PC puts in the folder" value={areas} onChange={setAreas} />
      <TextField
        id="folder-passphrase"
        label="Team passphrase"
        hint={
          folder.keeping === 'protected'
            ? 'This PC remembers it for the folder, kept safe by the computer’s own protected storage.'
            : 'This PC remembers it for the folder until Joined Up is closed.'
        }
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={setPassphrase}
        error={errors['folder-passphrase']}
      />
      {problem && (
        <Banner tone="error" live>
          <p>{problem}</p>
        </Banner>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Choosing the folder…' : 'Choose the team folder'}
      </button>
    </form>
  );
}
