import { useEffect, useRef, useState } from 'react';
import { PIN_LENGTH, newPinProblems } from '../../../shared/access/pinRules';
import type { Member } from '../../../shared/domain/directory';
import { useSettings } from '../../app/settings/useSettings';
import { useTeamDb } from '../../app/team/useTeamDb';
import { forgetProven } from './provenHere';
import { choosePin } from './signInCommands';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { hasErrors, type FieldErrors } from '../../ui/forms/fieldErrors';
import { TextField } from '../../ui/forms/TextField';

interface SetPinProps {
  teamId: string;
  member: Pick<Member, 'id' | 'name'>;
  /** A made-up demo team, where anyone may choose a PIN for anyone. */
  demo: boolean;
  onDone: () => Promise<void>;
}

/** Choosing a personal PIN for this PC, typed twice. */
export function SetPin({ teamId, member, demo, onDone }: SetPinProps) {
  const db = useTeamDb();
  const { settings } = useSettings();
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('#new-pin')?.focus();
  }, [member.id]);

  const submit = async () => {
    const problems = newPinProblems(pin, again);
    const found: FieldErrors = { 'new-pin': problems.pin, 'new-pin-again': problems.again };
    setErrors(found);
    setAttempt((n) => n + 1);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      await choosePin(db, settings.deviceId, member, pin, { demo });
      forgetProven(teamId, member.id);
      await onDone();
    } catch (error) {
      setErrors({
        'new-pin': error instanceof Error ? error.message : 'The PIN could not be saved. Try again.',
      });
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id="new-pin"
        label="Choose a PIN"
        hint={`${PIN_LENGTH.min} to ${PIN_LENGTH.max} numbers. You will use it to sign in and to unlock Joined Up on this PC. It is kept on this PC only, so other PCs ask you to choose one too.`}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        value={pin}
        onChange={setPinValue}
        error={errors['new-pin']}
        required
      />
      <TextField
        id="new-pin-again"
        label="Type the PIN again"
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        value={again}
        onChange={setAgain}
        error={errors['new-pin-again']}
        required
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving your PIN…' : 'Save my PIN and continue'}
        </button>
      </div>
    </form>
  );
}
