import { useState, type FormEvent } from 'react';
import { pcNameSchema } from '../../../shared/api/settings';
import type { Area } from '../../../shared/domain/tableDef';
import { useSettings } from '../../app/settings/useSettings';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { TextField } from '../../ui/forms/TextField';
import { AreaChoice, CHOOSABLE_AREAS } from '../sync/AreaChoice';
import { useTeamFolder } from './useTeamFolder';

type Errors = Record<string, string | undefined>;

/** Choosing the team folder: this PC's name (once), what it shares, and the passphrase it will remember. */
export function FolderSetupForm() {
  const folder = useTeamFolder();
  const { settings, update } = useSettings();
  const [pcName, setPcName] = useState(settings.pcName ?? '');
  const [areas, setAreas] = useState<string[]>([...CHOOSABLE_AREAS]);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const needsName = settings.pcName === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found: Errors = {};
    const name = pcNameSchema.safeParse(pcName);
    if (needsName && !name.success) found['folder-pc-name'] = name.error.issues[0]?.message;
    if (passphrase === '') found['folder-passphrase'] = 'Enter the team passphrase.';
    setErrors(found);
    setAttempt((count) => count + 1);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    try {
      if (needsName && name.success) await update({ pcName: name.data });
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
      {needsName ? (
        <TextField
          id="folder-pc-name"
          label="Name for this PC"
          hint="Colleagues see it beside the changes made here, for example “Front office PC” or “Sam’s laptop”."
          value={pcName}
          onChange={setPcName}
          error={errors['folder-pc-name']}
          autoComplete="off"
        />
      ) : (
        <p>
          This PC is called <strong>{settings.pcName}</strong>. Colleagues see this name beside the changes
          made here.
        </p>
      )}
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
