import { useState, type FormEvent } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { PROFESSIONS, PROFESSION_LABELS, type Profession } from '../../../shared/domain/directory';
import {
  TRAINING_TYPES,
  TRAINING_TYPE_LABELS,
  type RequiredTraining,
  type TrainingType,
} from '../../../shared/domain/training';
import { useWriter } from '../../app/team/useWriter';
import { WriteError } from '../../db/writer';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import type { FieldErrors } from '../../ui/forms/fieldErrors';
import { addRequirement, changeRequirement } from './trainingCommands';

const EMPTY = { title: '', matchText: '', matchType: '', professions: [] as string[], months: '12' };

function draftOf(requirement: RequiredTraining): typeof EMPTY {
  return {
    title: requirement.title,
    matchText: requirement.matchText,
    matchType: requirement.matchType ?? '',
    professions: [...requirement.appliesToProfessions],
    months: String(requirement.renewEveryMonths),
  };
}

function isProfession(value: string): value is Profession {
  return (PROFESSIONS as readonly string[]).includes(value);
}

function isType(value: string): value is TrainingType {
  return (TRAINING_TYPES as readonly string[]).includes(value);
}

interface RequirementFormProps {
  /** The requirement to change; without it the form adds a new one. */
  requirement?: RequiredTraining;
  /** After a change is saved, or when the person cancels it. */
  onDone?: (saved: string | null) => void;
}

/**
 * Adding training that some professions must renew, such as a yearly child-protection refresher, or changing
 * one. Due dates are worked out from the requirement each time, so a change applies to everyone at once.
 */
export function RequirementForm({ requirement, onDone }: RequirementFormProps) {
  const writer = useWriter();
  const [draft, setDraft] = useState(() => (requirement ? draftOf(requirement) : EMPTY));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const title = draft.title.trim();
    const months = Number(draft.months.trim());
    if (title === '') found['req-title'] = 'Enter the name of the required training.';
    if (draft.matchText.trim() === '' && draft.matchType === '')
      found['req-matchText'] = 'Say which training counts: words in its title, a type, or both.';
    const professions = draft.professions.filter(isProfession);
    if (professions.length === 0) found['req-professions'] = 'Choose at least one profession it applies to.';
    if (draft.months.trim() === '' || !Number.isInteger(months) || months < 1 || months > 120)
      found['req-months'] = 'Enter a whole number of months from 1 to 120.';
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setSaved(null);
      setAttempt((count) => count + 1);
      return;
    }
    const fields = {
      title,
      matchText: draft.matchText.trim(),
      matchType: isType(draft.matchType) ? draft.matchType : null,
      appliesToProfessions: professions,
      renewEveryMonths: months,
    };
    try {
      if (requirement) {
        await changeRequirement(writer, requirement.id, fields);
        onDone?.(`Saved ${title}. The due dates below follow the change.`);
        return;
      }
      await addRequirement(writer, fields);
      setErrors({});
      setDraft(EMPTY);
      setSaved(`Added ${title}. Everyone it applies to now has a due date below.`);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      setErrors({ 'req-title': `${error.message} What you typed is still here.` });
      setAttempt((count) => count + 1);
    }
  };

  return (
    <form className="training-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} attempt={attempt} />
      {saved && (
        <Banner tone="success" live>
          <p>{saved}</p>
        </Banner>
      )}
      <TextField
        id="req-title"
        label="Name"
        hint="For example, Child protection refresher"
        value={draft.title}
        onChange={(title) => setDraft({ ...draft, title })}
        error={errors['req-title']}
      />
      <TextField
        id="req-matchText"
        label="Training counts when its title contains"
        hint="For example, child protection. Capital letters do not matter."
        value={draft.matchText}
        onChange={(matchText) => setDraft({ ...draft, matchText })}
        error={errors['req-matchText']}
      />
      <SelectField
        id="req-matchType"
        label="And is of this type (optional)"
        value={draft.matchType}
        emptyLabel="Any type"
        options={TRAINING_TYPES.map((type) => ({ value: type, label: TRAINING_TYPE_LABELS[type] }))}
        onChange={(matchType) => setDraft({ ...draft, matchType })}
      />
      <div className={`field${errors['req-professions'] ? ' field--error' : ''}`}>
        <CheckboxGroup
          value={draft.professions}
          onChange={(professions) => setDraft({ ...draft, professions })}
          isInvalid={Boolean(errors['req-professions'])}
          aria-describedby={errors['req-professions'] ? 'req-professions-error' : undefined}
        >
          <Label className="field__label">Professions that must renew it</Label>
          {errors['req-professions'] && (
            <span className="field__error" id="req-professions-error">
              <span className="visually-hidden">Error: </span>
              {errors['req-professions']}
            </span>
          )}
          {PROFESSIONS.map((profession, index) => (
            <Checkbox
              key={profession}
              value={profession}
              className="checkbox"
              id={index === 0 ? 'req-professions' : undefined}
            >
              {({ isSelected }) => (
                <>
                  <span className="checkbox__box" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  {PROFESSION_LABELS[profession]}
                </>
              )}
            </Checkbox>
          ))}
        </CheckboxGroup>
      </div>
      <TextField
        id="req-months"
        label="Renew every (months)"
        type="number"
        inputMode="numeric"
        min={1}
        max={120}
        value={draft.months}
        onChange={(months) => setDraft({ ...draft, months })}
        error={errors['req-months']}
      />
      <div className="button-row">
        <button type="submit" className="button">
          {requirement ? 'Save the change' : 'Add required training'}
        </button>
        {requirement && (
          <button type="button" className="button button--secondary" onClick={() => onDone?.(null)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
