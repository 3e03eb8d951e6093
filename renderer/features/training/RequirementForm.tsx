import { useState } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { PROFESSIONS, PROFESSION_LABELS, type Profession } from '../../../shared/domain/directory';
import {
  TRAINING_TYPES,
  TRAINING_TYPE_LABELS,
  type RequiredTraining,
  type TrainingType,
} from '../../../shared/domain/training';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { FormFrame } from '../../ui/forms/FormFrame';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import type { FieldErrors } from '../../ui/forms/fieldErrors';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { addRequirement, changeRequirement } from './trainingCommands';
import { useDraftField } from '../../app/drafts/useDraftField';
import { FieldError, fieldClass, fieldIds } from '../../ui/forms/Field';

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
  const form = useSaveForm('req-', `requirement:${requirement?.id ?? 'new'}`);
  const writer = useWriter();
  const [draft, setDraft] = useDraftField(form.draftKey, 'draft', requirement ? draftOf(requirement) : EMPTY);
  const errors = form.errors;
  const [saved, setSaved] = useState<string | null>(null);

  const title = draft.title.trim();
  const months = Number(draft.months.trim());
  const professions = draft.professions.filter(isProfession);

  const check = (): FieldErrors => ({
    'req-title': title === '' ? 'Enter the name of the required training.' : undefined,
    'req-matchText':
      draft.matchText.trim() === '' && draft.matchType === ''
        ? 'Say which training counts: words in its title, a type, or both.'
        : undefined,
    'req-professions': professions.length === 0 ? 'Choose at least one profession it applies to.' : undefined,
    'req-months':
      draft.months.trim() === '' || !Number.isInteger(months) || months < 1 || months > 120
        ? 'Enter a whole number of months from 1 to 120.'
        : undefined,
  });

  const submit = async () => {
    setSaved(null);
    const fields = {
      title,
      matchText: draft.matchText.trim(),
      matchType: isType(draft.matchType) ? draft.matchType : null,
      appliesToProfessions: professions,
      renewEveryMonths: months,
    };
    const ok = await form.run(check, () =>
      requirement ? changeRequirement(writer, requirement.id, fields) : addRequirement(writer, fields),
    );
    if (!ok) return;
    if (requirement) {
      onDone?.(`Saved ${title}. The due dates below follow the change.`);
      return;
    }
    setDraft(EMPTY);
    setSaved(`Added ${title}. Everyone it applies to now has a due date below.`);
  };

  const professionsError = {
    id: fieldIds('req-professions', { error: errors['req-professions'] }).errorId,
    message: errors['req-professions'],
  };
  return (
    <FormFrame
      title={requirement ? `Change ${requirement.title}` : 'Add required training'}
      showHeading={false}
      className="training-form"
      form={form}
      submitLabel={requirement ? 'Save the change' : 'Add required training'}
      onSubmit={() => void submit()}
      onCancel={requirement ? () => onDone?.(null) : undefined}
      // The list above moves focus to the heading of a form it opens; the form to add one is part of the page.
      focusOnOpen={false}
    >
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
      <div className={fieldClass(professionsError.message)}>
        <CheckboxGroup
          value={draft.professions}
          onChange={(professions) => setDraft({ ...draft, professions })}
          isInvalid={Boolean(professionsError.message)}
          aria-describedby={professionsError.id}
        >
          <Label className="field__label">Professions that must renew it</Label>
          <FieldError {...professionsError} />
          {PROFESSIONS.map((profession, index) => (
            <Checkbox
              key={profession}
              value={profession}
              className="checkbox checkbox--list"
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
    </FormFrame>
  );
}
