import { useEffect, useRef, useState, type FormEvent } from 'react';
import { pcNameOf } from '../../../shared/api/settings';
import type { Area } from '../../../shared/domain/tableDef';
import { getAppApi } from '../../bridge/appApi';
import { useSettings } from '../../app/settings/useSettings';
import { usePerson } from '../../app/team/usePerson';
import { useTeam } from '../../app/team/useTeam';
import { useTeamDb } from '../../app/team/useTeamDb';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { TextField } from '../../ui/forms/TextField';
import { createBundleRunner, type BundleRunner } from './bundleRunner';
import { AreaChoice, CHOOSABLE_AREAS } from './AreaChoice';
import { ProgressView } from './ProgressView';
import type { ProgressState } from './useImportFlow';
import { bundleFileName, checkPassphrase, noteFileSaved } from './syncCommands';

type Result = { tone: 'success' | 'error'; message: string } | null;

/** Saves the whole team, or the parts a person picks, to a locked file for another PC. */
export function ExportForm() {
  const { team } = useTeam();
  const db = useTeamDb();
  const person = usePerson();
  const writer = useWriter();
  const { settings } = useSettings();
  const [areas, setAreas] = useState<string[]>([...CHOOSABLE_AREAS]);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [attempt, setAttempt] = useState(0);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [result, setResult] = useState<Result>(null);
  const runnerRef = useRef<BundleRunner | null>(null);

  useEffect(() => () => runnerRef.current?.dispose(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const problems: Record<string, string | undefined> = {};
    if (passphrase === '') problems['export-passphrase'] = 'Enter the team passphrase.';
    else if (!(await checkPassphrase(team.id, passphrase)))
      problems['export-passphrase'] =
        'That is not this team’s passphrase. Check it (capital letters count) and try again.';
    setErrors(problems);
    setAttempt((count) => count + 1);
    if (Object.values(problems).some(Boolean) || !person) return;

    const scope: Area[] = ['team', ...CHOOSABLE_AREAS.filter((area) => areas.includes(area))];
    setProgress({ step: 'locking', fraction: 0 });
    try {
      runnerRef.current ??= createBundleRunner();
      const info = await getAppApi().info();
      const output = await runnerRef.current.exportBundle(
        team.id,
        {
          scope,
          source: {
            deviceId: writer.deviceId,
            deviceName: pcNameOf(settings),
            personId: person.id,
            personName: person.name,
          },
          appVersion: info.version,
        },
        passphrase,
        (step, fraction) => setProgress({ step, fraction }),
      );
      const name = bundleFileName(team.name, pcNameOf(settings));
      const saved = await getAppApi().files.saveBundle(name, output.bytes);
      if (saved.saved) {
        await noteFileSaved(db, output);
        setPassphrase('');
        setResult({
          tone: 'success',
          message: `Saved “${saved.name}” with ${output.records} records. Give it to the other PC and tell them the passphrase in person, never with the file.`,
        });
      } else if (saved.reason === 'failed') {
        setResult({ tone: 'error', message: saved.message ?? 'The file could not be saved. Try again.' });
      }
    } catch {
      setResult({
        tone: 'error',
        message: 'The file could not be made. Nothing has been changed. Try again.',
      });
    } finally {
      setProgress(null);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="sync-form">
      <ErrorSummary errors={errors} attempt={attempt} />
      <AreaChoice label="What to put in the file" value={areas} onChange={setAreas} />
      <TextField
        id="export-passphrase"
        label="Team passphrase"
        hint="The file is locked with it, so only your team can open it."
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={setPassphrase}
        error={errors['export-passphrase']}
      />
      {progress && <ProgressView progress={progress} label="Saving a file" />}
      {result && (
        <Banner tone={result.tone} live>
          <p>{result.message}</p>
        </Banner>
      )}
      <button type="submit" className="button" disabled={progress !== null}>
        Save a file for another PC
      </button>
    </form>
  );
}
