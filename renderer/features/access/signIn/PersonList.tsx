import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { PROFESSION_LABELS, type Member } from '../../../../shared/domain/directory';
import { useCurrentMembers } from '../../../app/data/useCurrentMembers';
import { ErrorSummary } from '../../../ui/forms/ErrorSummary';
import { hasErrors, type FieldErrors } from '../../../ui/forms/fieldErrors';

interface PersonListProps {
  onChosen: (member: Member) => void;
  onNotListed: () => void;
  /** Present when someone is signed in underneath: goes back to their lock screen. */
  onBack?: () => void;
}

/** The team's members to pick yourself from. */
export function PersonList({ onChosen, onNotListed, onBack }: PersonListProps) {
  const members = useCurrentMembers();
  const [chosen, setChosen] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  const submit = () => {
    const member = members?.find((candidate) => candidate.id === chosen);
    const found: FieldErrors = member ? {} : { 'person-choice': 'Choose your name from the list.' };
    setErrors(found);
    setAttempt((n) => n + 1);
    if (!hasErrors(found) && member) onChosen(member);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <ErrorSummary errors={errors} attempt={attempt} />
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
        <p>{members ? 'Nobody is in this team’s directory yet.' : 'Loading the team’s members…'}</p>
      )}
      <div className="button-row">
        {members && members.length > 0 && (
          <button type="submit" className="button">
            Continue
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onNotListed}>
          I am not in the list
        </button>
        {onBack && (
          <button type="button" className="button button--quiet" onClick={onBack}>
            Back
          </button>
        )}
      </div>
    </form>
  );
}
