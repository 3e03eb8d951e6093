import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { PROFESSIONS, PROFESSION_LABELS } from '../../../shared/domain/directory';
import { useSettings } from '../settings/useSettings';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { hasErrors, type FieldErrors } from '../../ui/forms/fieldErrors';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import { addSelfToTeam } from './addSelfToTeam';
import { useTeam } from './useTeam';
import { useTeamMembers } from './useTeamMembers';

/** Asks who is working at this PC, so that every change carries their name. */
export function ChoosePerson() {
  const { team, db, choosePerson } = useTeam();
  const { settings } = useSettings();
  const members = useTeamMembers();
  const [chosen, setChosen] = useState('');
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [profession, setProfession] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  const submitChoice = () => {
    const found: FieldErrors = chosen ? {} : { 'person-choice': 'Choose your name from the list.' };
    setErrors(found);
    setAttempt((n) => n + 1);
    if (!hasErrors(found)) void choosePerson(chosen);
  };

  const submitNew = async () => {
    const found: FieldErrors = {};
    if (!name.trim()) found['new-name'] = 'Enter your name.';
    const knownProfession = PROFESSIONS.find((candidate) => candidate === profession);
    if (!knownProfession) found['new-profession'] = 'Choose your profession.';
    setErrors(found);
    setAttempt((n) => n + 1);
    if (hasErrors(found) || !knownProfession) return;
    const id = await addSelfToTeam(db, settings.deviceId, { name: name.trim(), profession: knownProfession });
    await choosePerson(id);
  };

  return (
    <main className="centered-page" id="main">
      <h1>Who is working on {team.name}?</h1>
      <p>Everything you change will show your name, so your colleagues know who did what.</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      {!adding ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submitChoice();
          }}
        >
          {members && members.length > 0 ? (
            <RadioGroup
              id="person-choice"
              className="radio-group"
              value={chosen}
              onChange={setChosen}
              isInvalid={Boolean(errors['person-choice'])}
            >
              <Label className="field__label">Your name</Label>
              {members.map((member) => (
                <Radio key={member.id} value={member.id} className="radio">
                  {member.name}{' '}
                  <span className="muted">({member.roleTitle || PROFESSION_LABELS[member.profession]})</span>
                </Radio>
              ))}
            </RadioGroup>
          ) : (
            <p>Nobody is in this team’s directory yet.</p>
          )}
          <div className="button-row">
            {members && members.length > 0 && (
              <button type="submit" className="button">
                Continue
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
              I am not in the list
            </button>
          </div>
        </form>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submitNew();
          }}
        >
          <h2>Add yourself to the team</h2>
          <TextField
            id="new-name"
            label="Your name"
            value={name}
            onChange={setName}
            error={errors['new-name']}
          />
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
            <button type="button" className="button button--secondary" onClick={() => setAdding(false)}>
              Back to the list
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
