import { CheckboxGroup, Label } from 'react-aria-components';
import { ListCheckbox } from './ListCheckbox';
import { PROFESSIONS, PROFESSION_LABELS, type Profession } from '../../../shared/domain/directory';
import {
  TRAINING_TYPE_LABELS,
  type RequiredTraining,
  type TrainingEntry,
  type TrainingType,
} from '../../../shared/domain/training';
import { countsByOldWords } from '../../../shared/training/required';
import { titlesCountedToday, type TitleChoice } from '../../../shared/training/titleChoices';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { PageForm } from '../../ui/forms/PageForm';
import { TextField } from '../../ui/forms/TextField';
import type { FieldErrors } from '../../ui/forms/fieldErrors';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { addRequirement, changeRequirement } from './trainingCommands';
import { useDraftField } from '../../app/drafts/useDraftField';
import { FieldError, fieldClass, fieldIds } from '../../ui/forms/Field';
import { TrainingChoicePicker } from './TrainingChoicePicker';

interface Draft {
  title: string;
  titles: readonly string[];
  types: readonly TrainingType[];
  professions: string[];
  months: string;
}

const EMPTY: Draft = { title: '', titles: [], types: [], professions: [], months: '12' };

/**
 * A requirement as the form starts it. One set before choices starts with the titles its words count today
 * ticked, so a team leader sees what it counted and confirms or corrects it.
 */
function draftOf(
  requirement: RequiredTraining,
  choices: readonly TitleChoice[],
  entries: readonly TrainingEntry[],
): Draft {
  const byWords = countsByOldWords(requirement);
  return {
    title: requirement.title,
    titles: byWords ? titlesCountedToday(requirement, choices, entries) : requirement.acceptsTitles,
    types: byWords ? [] : requirement.acceptsTypes,
    professions: [...requirement.appliesToProfessions],
    months: String(requirement.renewEveryMonths),
  };
}

function isProfession(value: string): value is Profession {
  return (PROFESSIONS as readonly string[]).includes(value);
}

/** How a requirement set before choices counted training, in the words the list and the form use. */
export function oldWordsCounted(requirement: RequiredTraining): string {
  const type =
    requirement.matchType && ` of the type ${TRAINING_TYPE_LABELS[requirement.matchType].toLowerCase()}`;
  return `training whose title contains “${requirement.matchText}”${type ?? ''}`;
}

interface RequirementFormProps {
  /** The requirement to change; without it the form adds a new one. */
  requirement?: RequiredTraining;
  /** The titles in the team's log, most recent first, and the entries they come from. */
  choices: readonly TitleChoice[];
  entries: readonly TrainingEntry[];
  /** After a requirement is saved (what to say, and its id), or when the person cancels a change. */
  onDone: (saved: { message: string; id: string } | null) => void;
}

/**
 * Adding training that some professions must renew, such as a yearly child-protection refresher, or changing
 * one. Due dates are worked out from the requirement each time, so a change applies to everyone at once.
 */
export function RequirementForm({ requirement, choices, entries, onDone }: RequirementFormProps) {
  const form = useSaveForm('req-', `requirement:${requirement?.id ?? 'new'}`);
  const writer = useWriter();
  const [draft, setDraft] = useDraftField(
    form.draftKey,
    'draft',
    requirement ? draftOf(requirement, choices, entries) : EMPTY,
  );
  const errors = form.errors;

  const title = draft.title.trim();
  const months = Number(draft.months.trim());
  const professions = draft.professions.filter(isProfession);

  const check = (): FieldErrors => ({
    'req-title': title === '' ? 'Enter the name of the required training.' : undefined,
    'req-acceptsTitles':
      draft.titles.length === 0 && draft.types.length === 0
        ? 'Choose at least one training or type of training that counts.'
        : undefined,
    'req-professions': professions.length === 0 ? 'Choose at least one profession it applies to.' : undefined,
    'req-months':
      draft.months.trim() === '' || !Number.isInteger(months) || months < 1 || months > 120
        ? 'Enter a whole number of months from 1 to 120.'
        : undefined,
  });

  const submit = async () => {
    const fields = {
      title,
      acceptsTitles: [...draft.titles],
      acceptsTypes: [...draft.types],
      // Chosen now: the words of before choices no longer count anything.
      matchText: '',
      matchType: null,
      appliesToProfessions: professions,
      renewEveryMonths: months,
    };
    let id = requirement?.id ?? '';
    const ok = await form.run(check, async () => {
      if (requirement) await changeRequirement(writer, requirement.id, fields);
      else id = await addRequirement(writer, fields);
    });
    if (!ok) return;
    if (requirement) {
      onDone({ message: `Saved ${title}. The due dates above follow the change.`, id });
      return;
    }
    setDraft(EMPTY);
    onDone({ message: `Added ${title}. Everyone it applies to now has a due date above.`, id });
  };

  const professionsError = {
    id: fieldIds('req-professions', { error: errors['req-professions'] }).errorId,
    message: errors['req-professions'],
  };
  return (
    <PageForm
      title={requirement ? `Change ${requirement.title}` : 'Add required training'}
      className="training-form"
      form={form}
      submitLabel={requirement ? 'Save the change' : 'Add required training'}
      onSubmit={() => void submit()}
      onCancel={requirement ? () => onDone(null) : undefined}
      // The list above moves focus to the heading of a form it opens; the form to add one is part of the page.
    >
      {requirement && countsByOldWords(requirement) && (
        <Banner title="Choose the training that counts">
          <p>
            Until now this counted any {oldWordsCounted(requirement)}, which can count the wrong training.
            Ticked below is the training in your log that it counts today: untick any that should not count,
            then save.
          </p>
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
      <TrainingChoicePicker
        id="req-acceptsTitles"
        choices={choices}
        value={{ titles: draft.titles, types: draft.types }}
        onChange={({ titles, types }) => setDraft({ ...draft, titles, types })}
        error={errors['req-acceptsTitles']}
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
            <ListCheckbox
              key={profession}
              value={profession}
              id={index === 0 ? 'req-professions' : undefined}
            >
              {PROFESSION_LABELS[profession]}
            </ListCheckbox>
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
    </PageForm>
  );
}
