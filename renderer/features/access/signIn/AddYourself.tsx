import { useState } from 'react';
import { PROFESSIONS, PROFESSION_LABELS, type Member } from '../../../../shared/domain/directory';
import { useSettings } from '../../../app/settings/useSettings';
import { WriteError } from '../../../db/writer';
import { addNewcomer } from './signInCommands';
import { useTeamDb } from '../../../app/team/useTeamDb';
import { ErrorSummary } from '../../../ui/forms/ErrorSummary';
import { hasErrors, type FieldErrors } from '../../../ui/forms/fieldErrors';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';

interface AddYourselfProps {
  /** The team leader who vouched for the newcomer here; null only on a made-up demo team. */
  voucher: Member | null;
  /** A made-up demo team, which anyone may join to look around. */
  demo: boolean;
  onAdded: (member: { id: string; name: string }) => void;
  onCancel: () => void;
}

/** Someone new to the team adds themselves to its directory, then chooses their password and PIN. */
export function AddYourself({ voucher, demo, onAdded, onCancel }: AddYourselfProps) {
  const db = useTeamDb();
  const { settings } = useSettings();
  const [name, setName] = useState('');
  const [profession, setProfession] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  const submit = async () => {
    const found: FieldErrors = {};
    if (!name.trim()) found['new-name'] = 'Enter your name.';
    const knownProfession = PROFESSIONS.find((candidate) => candidate === profession);
    if (!knownProfession) found['new-profession'] = 'Choose your profession.';
    setErrors(found);
    setAttempt((n) => n + 1);
    if (hasErrors(found) || !knownProfession) return;
    try {
      const id = await addNewcomer(
        db,
        settings.deviceId,
        { name: name.trim(), profession: knownProfession },
        { demo, voucher },
      );
      onAdded({ id, name: name.trim() });
    } catch (error) {
      setErrors({
        'new-name': error instanceof WriteError ? error.message : 'You could not be added. Try again.',
      });
      setAttempt((n) => n + 1);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>Add yourself to the team</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField id="new-name" label="Your name" value={name} onChange={setName} error={errors['new-name']} />
      <SelectField
        id="new-profession"
        label="Your profession"
        value={profession}
        onChange={setProfession}
        emptyLabel="Choose a profession"
        options={PROFESSIONS.map((value) => ({ value, label: PROFESSION_LABELS[value] }))}
        error={errors['new-profession']}
      />
      <div className="button-row">
        <button type="submit" className="button">
          Add me and continue
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Back to the list
        </button>
      </div>
    </form>
  );
}
