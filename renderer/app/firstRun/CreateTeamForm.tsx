import { useState } from 'react';
import { PROFESSIONS, PROFESSION_LABELS } from '../../../shared/domain/directory';
import { createTeam } from '../../db/teams';
import { useSettings } from '../settings/useSettings';
import { WriteError } from '../../db/writer';
import type { FieldErrors } from '../../ui/forms/fieldErrors';
import { FormFrame } from '../../ui/forms/FormFrame';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from './passphraseStrength';

interface CreateTeamFormProps {
  onCreated: (teamId: string) => void;
  onCancel: () => void;
}

interface Values {
  teamName: string;
  personName: string;
  profession: string;
  passphrase: string;
  passphraseAgain: string;
}

const PICK_PROFESSION = 'Choose your profession.';

function validate(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.teamName.trim()) errors['team-name'] = 'Enter the team’s name.';
  else if (values.teamName.trim().length > 200)
    errors['team-name'] = 'The team’s name must be 200 characters or fewer.';
  if (!values.personName.trim()) errors['person-name'] = 'Enter your name.';
  if (!values.profession) errors['profession'] = PICK_PROFESSION;
  if ([...values.passphrase].length < MIN_PASSPHRASE_LENGTH) {
    errors['passphrase'] = `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  }
  if (!values.passphraseAgain) errors['passphrase-again'] = 'Enter the passphrase again.';
  else if (values.passphraseAgain !== values.passphrase) {
    errors['passphrase-again'] = 'The two passphrases are different. Type them again.';
  }
  return errors;
}

export function CreateTeamForm({ onCreated, onCancel }: CreateTeamFormProps) {
  const [values, setValues] = useState<Values>({
    teamName: '',
    personName: '',
    profession: '',
    passphrase: '',
    passphraseAgain: '',
  });
  const form = useSaveForm('');
  const { settings } = useSettings();
  const set = (field: keyof Values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const hint = passphraseStrength(values.passphrase);
  const { errors } = form;

  const submit = () =>
    void form.run(
      () => validate(values),
      async () => {
        const profession = PROFESSIONS.find((candidate) => candidate === values.profession);
        if (!profession)
          throw new WriteError(PICK_PROFESSION, [{ field: 'profession', message: PICK_PROFESSION }]);
        const { teamId } = await createTeam({
          teamName: values.teamName.trim(),
          personName: values.personName.trim(),
          profession,
          passphrase: values.passphrase,
          deviceId: settings.deviceId,
        });
        onCreated(teamId);
      },
    );

  return (
    <FormFrame
      title="Set up a new team"
      headingLevel={2}
      form={form}
      submitLabel={form.busy ? 'Setting up the team…' : 'Set up the team'}
      onSubmit={submit}
      actions={
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Back
        </button>
      }
    >
      <TextField
        id="team-name"
        label="Team name"
        hint="For example, North Locality Children and Families Team."
        value={values.teamName}
        onChange={set('teamName')}
        error={errors['team-name']}
        required
      />
      <TextField
        id="person-name"
        label="Your name"
        value={values.personName}
        onChange={set('personName')}
        error={errors['person-name']}
        autoComplete="name"
        required
      />
      <SelectField
        id="profession"
        label="Your profession"
        value={values.profession}
        onChange={set('profession')}
        emptyLabel="Choose a profession"
        options={PROFESSIONS.map((value) => ({ value, label: PROFESSION_LABELS[value] }))}
        error={errors['profession']}
      />
      <TextField
        id="passphrase"
        label="Team passphrase"
        hint="Every file the team shares is locked with this passphrase. Everyone in the team will need it, so choose words you can say to them in person."
        type="password"
        autoComplete="new-password"
        value={values.passphrase}
        onChange={set('passphrase')}
        error={errors['passphrase']}
        required
      />
      {values.passphrase && (
        <p className="field__hint" aria-live="polite">
          Strength: <span className="strength">{hint.label}</span>. {hint.advice}
        </p>
      )}
      <TextField
        id="passphrase-again"
        label="Type the passphrase again"
        type="password"
        autoComplete="new-password"
        value={values.passphraseAgain}
        onChange={set('passphraseAgain')}
        error={errors['passphrase-again']}
        required
      />
    </FormFrame>
  );
}
