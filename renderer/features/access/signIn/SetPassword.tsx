import { useEffect, useRef, useState } from 'react';
import { MIN_PASSWORD_LENGTH, type PasswordCost } from '../../../../shared/access/password';
import type { Member } from '../../../../shared/domain/directory';
import { useSettings } from '../../../app/settings/useSettings';
import { useTeamDb } from '../../../app/team/useTeamDb';
import { WriteError } from '../../../db/writer';
import { ErrorSummary } from '../../../ui/forms/ErrorSummary';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { NewSecretFields } from '../../../ui/forms/NewSecretFields';
import { chooseOwnPassword } from './signInCommands';

interface SetPasswordProps {
  member: Pick<Member, 'id' | 'name'>;
  onDone: () => Promise<void> | void;
  /** Tests pass a light cost; the app keeps the team files' cost. */
  cost?: PasswordCost;
  /** Offered when the person already has a password and may keep it (after a leader vouched for them). */
  onKeep?: () => void;
}

/** Choosing a personal password, typed twice. It travels with the team's files, as a check only, never itself. */
export function SetPassword({ member, onDone, cost, onKeep }: SetPasswordProps) {
  const db = useTeamDb();
  const { settings } = useSettings();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('#new-password')?.focus();
  }, [member.id]);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await chooseOwnPassword(db, settings.deviceId, member, password, again, cost);
      await onDone();
    } catch (error) {
      const problems = error instanceof WriteError ? error.problems : [];
      const found: FieldErrors = {};
      for (const problem of problems)
        found[problem.field === 'again' ? 'new-password-again' : 'new-password'] ??= problem.message;
      if (problems.length === 0) {
        found['new-password'] =
          error instanceof WriteError ? error.message : 'The password could not be saved. Try again.';
      }
      setErrors(found);
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
      <NewSecretFields
        id="new-password"
        label="Choose a personal password"
        againLabel="Type the password again"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; three unrelated words work well. You will need it the first time you work on each PC. Only you should know it: not even team leaders can see it.`}
        value={password}
        again={again}
        onChange={setPassword}
        onAgainChange={setAgain}
        errors={errors}
      />
      <p className="access-wait" role="status">
        {busy ? 'Saving your password. This takes a moment…' : ''}
      </p>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          Save my password and continue
        </button>
        {onKeep && (
          <button type="button" className="button button--secondary" onClick={onKeep}>
            Keep my current password
          </button>
        )}
      </div>
    </form>
  );
}
