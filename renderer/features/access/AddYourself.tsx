import { useState } from 'react';
import { PROFESSIONS, PROFESSION_LABELS } from '../../../shared/domain/directory';
import { useSettings } from '../../app/settings/useSettings';
import { addSelfToTeam } from '../../app/team/addSelfToTeam';
import { useTeamDb } from '../../app/team/useTeamDb';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { hasErrors, type FieldErrors } from '../../ui/forms/fieldErrors';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';

interface AddYourselfProps {
  onAdded: (member: { id: string; name: string }) => void;
  onCancel: () => void;
}

/** Someone new to the team adds themselves to its directory, then chooses their PIN. */
export function AddYourself({ onAdded, onCancel }: AddYourselfProps) {
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
    const id = await addSelfToTeam(db, settings.deviceId, { name: name.trim(), profession: knownProfession });
    onAdded({ id, name: name.trim() });
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
