import { useState, type FormEvent, type ReactNode } from 'react';
import { pcNameOf } from '../../../shared/api/settings';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { PcNameField } from './PcNameField';
import { checkPcName } from './checkPcName';
import { useSettings } from './useSettings';

interface PcNameFormProps {
  id: string;
  submitLabel: string;
  /** Called with the name kept, once it is stored. */
  onSaved?: (name: string) => void;
  /** True where the PC has no name yet (the hint then says the offered name can be kept). */
  firstTime?: boolean;
  children?: ReactNode;
}

/**
 * Names this PC, or renames it: offered with the name it goes by now, so saving as it is keeps that name. The new
 * name goes with the next file this PC writes; files already written keep the name they were written with.
 */
export function PcNameForm({ id, submitLabel, onSaved, firstTime = false, children }: PcNameFormProps) {
  const { settings, update } = useSettings();
  const [typed, setTyped] = useState(() => pcNameOf(settings));
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkPcName(typed);
    setError(checked.ok ? undefined : checked.message);
    setAttempt((count) => count + 1);
    if (!checked.ok) return;
    setBusy(true);
    try {
      await update({ pcName: checked.name });
      setTyped(checked.name);
      onSaved?.(checked.name);
    } catch {
      setError('The name could not be kept on this PC. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="sync-form">
      <ErrorSummary errors={{ [id]: error }} attempt={attempt} />
      {children}
      <PcNameField id={id} value={typed} onChange={setTyped} error={error} firstTime={firstTime} />
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
