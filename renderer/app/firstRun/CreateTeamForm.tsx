import { useState } from 'react';
import { PROFESSIONS, PROFESSION_LABELS } from '../../../shared/domain/directory';
import { MIN_PASSWORD_LENGTH, newPasswordProblems } from '../../../shared/access/password';
import { createTeam } from '../../db/teams';
import { makePasswordVerifier } from '../../features/access/signIn/passwordRunner';
import { markProven } from '../../features/access/signIn/provenHere';
import { pcNameOf } from '../../../shared/api/settings';
import { checkPcName } from '../settings/checkPcName';
import { PcNameField } from '../settings/PcNameField';
import { useSettings } from '../settings/useSettings';
import { WriteError } from '../../db/writer';
import type { FieldErrors } from '../../ui/forms/fieldErrors';
import { FormFrame } from '../../ui/forms/FormFrame';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { SelectField } from '../../ui/forms/SelectField';
import { NewSecretFields } from '../../ui/forms/NewSecretFields';
import { fieldsOf } from '../../ui/forms/fieldsOf';
import { TextField } from '../../ui/forms/TextField';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from './passphraseStrength';
import type { WellbeingFramework } from '../../../shared/domain/wellbeing';
import { FrameworkChoice } from '../../features/access/team/FrameworkChoice';

interface CreateTeamFormProps {
  onCreated: (teamId: string) => void;
  onCancel: () => void;
}

interface Values {
  teamName: string;
  personName: string;
  profession: string;
  wellbeingFramework: WellbeingFramework;
  passphrase: string;
  passphraseAgain: string;
  password: string;
  passwordAgain: string;
  /** Asked only while this PC has no name yet, offered with a suggestion. */
  pcName: string | null;
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
  const password = newPasswordProblems(values.password, values.passwordAgain);
  if (password.password) errors['password'] = password.password;
  else if (values.password === values.passphrase)
    errors['password'] =
      'Choose a password of your own, not the team passphrase: everyone in the team knows that.';
  if (password.again) errors['password-again'] = password.again;
  if (values.pcName !== null) {
    const pcName = checkPcName(values.pcName);
    if (!pcName.ok) errors['pc-name'] = pcName.message;
  }
  return errors;
}

export function CreateTeamForm({ onCreated, onCancel }: CreateTeamFormProps) {
  const { settings, update } = useSettings();
  const [values, setValues] = useState<Values>({
    teamName: '',
    personName: '',
    profession: '',
    wellbeingFramework: 'shanarri',
    passphrase: '',
    passphraseAgain: '',
    password: '',
    passwordAgain: '',
    pcName: settings.pcName === null ? pcNameOf(settings) : null,
  });
  const form = useSaveForm('');
  const set = (field: keyof Values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const field = fieldsOf(values, setValues, form.errors);
  const hint = passphraseStrength(values.passphrase);
  const { errors } = form;

  const submit = () =>
    void form.run(
      () => validate(values),
      async () => {
        const profession = PROFESSIONS.find((candidate) => candidate === values.profession);
        if (!profession)
          throw new WriteError(PICK_PROFESSION, [{ field: 'profession', message: PICK_PROFESSION }]);
        const pcName = values.pcName === null ? null : checkPcName(values.pcName);
        if (pcName?.ok) await update({ pcName: pcName.name });
        const passwordVerifier = await makePasswordVerifier(values.password);
        const { teamId, personId } = await createTeam({
          teamName: values.teamName.trim(),
          personName: values.personName.trim(),
          profession,
          passphrase: values.passphrase,
          deviceId: settings.deviceId,
          passwordVerifier,
          wellbeingFramework: values.wellbeingFramework,
        });
        // Setting up the team in this window is the founder's proof: they choose their PIN next without asking again.
        markProven(teamId, personId);
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
        {...field('teamName', 'team-name')}
        label="Team name"
        hint="For example, North Locality Children and Families Team."
        required
      />
      <TextField {...field('personName', 'person-name')} label="Your name" autoComplete="name" required />
      <SelectField
        {...field('profession')}
        label="Your profession"
        emptyLabel="Choose a profession"
        options={PROFESSIONS.map((value) => ({ value, label: PROFESSION_LABELS[value] }))}
      />
      <FrameworkChoice
        id="wellbeing-framework"
        value={values.wellbeingFramework}
        onChange={(wellbeingFramework) => setValues((current) => ({ ...current, wellbeingFramework }))}
      />
      <NewSecretFields
        id="passphrase"
        label="Team passphrase"
        againLabel="Type the passphrase again"
        hint="Every file the team shares is locked with this passphrase. Everyone in the team will need it, so choose words you can say to them in person."
        value={values.passphrase}
        again={values.passphraseAgain}
        onChange={set('passphrase')}
        onAgainChange={set('passphraseAgain')}
        errors={errors}
      >
        {values.passphrase && (
          <p className="field__hint" aria-live="polite">
            Strength: <span className="strength">{hint.label}</span>. {hint.advice}
          </p>
        )}
      </NewSecretFields>
      <NewSecretFields
        id="password"
        label="Your personal password"
        againLabel="Type your password again"
        hint={`Yours alone, not the team’s: it shows it is you the first time you work on any of the team’s PCs. At least ${MIN_PASSWORD_LENGTH} characters; three unrelated words work well.`}
        value={values.password}
        again={values.passwordAgain}
        onChange={set('password')}
        onAgainChange={set('passwordAgain')}
        errors={errors}
      />
      {values.pcName !== null && (
        <PcNameField
          id="pc-name"
          value={values.pcName}
          onChange={(pcName) => setValues((current) => ({ ...current, pcName }))}
          error={errors['pc-name']}
        />
      )}
    </FormFrame>
  );
}
