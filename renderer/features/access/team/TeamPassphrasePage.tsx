import { useState } from 'react';
import { showDate } from '../../../../shared/dates';
import { can } from '../../../../shared/domain/roles';
import type { Team } from '../../../../shared/domain/team';
import { useRecord } from '../../../app/data/useRecord';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../../app/firstRun/passphraseStrength';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { WriteError } from '../../../db/writer';
import { getAppApi } from '../../../bridge/appApi';
import { Banner } from '../../../ui/Banner';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { NewSecretFields } from '../../../ui/forms/NewSecretFields';
import { useFormField } from '../../../ui/forms/useFormField';
import { useNewSecret } from '../../../ui/forms/useNewSecret';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { TextField } from '../../../ui/forms/TextField';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { changeTeamPassphrase } from './passphraseCommands';
import { TeamSettingsPage } from './TeamSettingsPage';
import '../access.css';

/** Settings → Team passphrase: when it last changed, and (for a team leader) changing it. */
export function TeamPassphrasePage() {
  const mayChange = can(usePerson(), 'change-passphrase');
  return (
    <TeamSettingsPage title="Team passphrase">
      {(teamRecord) => (
        <>
          <LastChanged team={teamRecord} />
          {teamRecord.demo ? (
            <p>The demo team’s passphrase is known to everyone, so it cannot be changed.</p>
          ) : mayChange ? (
            <ChangeForm />
          ) : (
            <p>Only a team leader can change the team passphrase.</p>
          )}
        </>
      )}
    </TeamSettingsPage>
  );
}

function LastChanged({ team }: { team: Team }) {
  const by = useRecord('members', team.passphraseChangedBy);
  if (team.passphraseChangedAt === null) {
    return <p>The team passphrase has not been changed since the team was set up.</p>;
  }
  const who = by?.name ? ` by ${by.name}` : '';
  return (
    <p>
      The team passphrase was last changed on {showDate(team.passphraseChangedAt)}
      {who}.
    </p>
  );
}

function ChangeForm() {
  const writer = useWriter();
  const form = useSaveForm('passphrase-');
  const current = useFormField(form, 'current', '');
  const next = useNewSecret(form, 'new');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const hint = passphraseStrength(next.value);

  const problems = (): FieldErrors => ({
    [current.id]: current.value === '' ? 'Enter the team’s current passphrase.' : undefined,
    [next.id]:
      [...next.value].length < MIN_PASSPHRASE_LENGTH
        ? `The new passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters.`
        : next.value.normalize('NFC') === current.value.normalize('NFC')
          ? 'The new passphrase must be different from the current one.'
          : undefined,
    [`${next.id}-again`]:
      next.again === ''
        ? 'Enter the new passphrase again.'
        : next.again !== next.value
          ? 'The two new passphrases are different. Type them again.'
          : undefined,
  });

  const change = async () => {
    setConfirming(false);
    const ok = await form.run(problems, async () => {
      const result = await changeTeamPassphrase(writer, getAppApi(), {
        current: current.value,
        next: next.value,
      });
      // Said beside the field, with what was typed kept.
      if (!result.ok) throw new WriteError(result.message, [{ field: 'current', message: result.message }]);
    });
    if (ok) {
      current.onChange('');
      next.onChange('');
      next.onAgainChange('');
      setDone(true);
    }
  };

  return (
    <>
      {done && (
        <Banner tone="success" live takeFocus>
          The team passphrase is changed. This PC now locks every file with the new one. Tell the team the new
          passphrase in person: each PC asks for it when it first brings in a file locked with it.
        </Banner>
      )}
      <p>
        Change it when someone leaves the team, or when it may have been seen by someone outside the team.
      </p>
      <FormFrame
        title="Change the team passphrase"
        headingLevel={2}
        form={form}
        submitLabel="Change the passphrase"
        focusOnOpen={false}
        onSubmit={() => {
          setDone(false);
          void form.run(problems, async () => undefined).then((ok) => setConfirming(ok));
        }}
      >
        <TextField
          {...current}
          label="Current team passphrase"
          type="password"
          autoComplete="current-password"
          required
        />
        <NewSecretFields
          {...next}
          label="New team passphrase"
          againLabel="Type the new passphrase again"
          hint="Three or four unrelated words work well. Everyone in the team will need it."
        >
          {next.value && (
            <p className="field__hint" aria-live="polite">
              Strength: <span className="strength">{hint.label}</span>. {hint.advice}
            </p>
          )}
        </NewSecretFields>
      </FormFrame>
      <ConfirmDialog
        isOpen={confirming}
        title="Change the team passphrase?"
        confirmLabel="Yes, change the passphrase"
        onConfirm={() => void change()}
        onCancel={() => setConfirming(false)}
      >
        <ul>
          <li>From now on this PC locks every file with the new passphrase.</li>
          <li>
            Every other PC of the team will need the new passphrase: tell the team in person, never in an
            email or a message.
          </li>
          <li>Files made before the change still open on this PC.</li>
          <li>
            Files locked with the old passphrase after today are refused, so someone who has left the team can
            no longer open the team’s new files or send it changes.
          </li>
        </ul>
      </ConfirmDialog>
    </>
  );
}
