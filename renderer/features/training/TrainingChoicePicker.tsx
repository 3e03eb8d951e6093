import { useMemo } from 'react';
import { CheckboxGroup, Label } from 'react-aria-components';
import { showDate, todayIso } from '../../../shared/dates';
import { TRAINING_TYPES, TRAINING_TYPE_LABELS, type TrainingType } from '../../../shared/domain/training';
import { titleKey } from '../../../shared/training/required';
import type { TitleChoice } from '../../../shared/training/titleChoices';
import { FieldGroup } from '../../ui/forms/Field';
import { ListCheckbox } from './ListCheckbox';
import { SearchableChecklist, type ChecklistItem } from './SearchableChecklist';

/** From this many titles in the log, a search box narrows them. */
const SEARCH_FROM = 8;

export interface TrainingChoices {
  titles: readonly string[];
  types: readonly TrainingType[];
}

interface TrainingChoicePickerProps {
  /** The DOM id the error summary links to: the search box or the first choice. */
  id: string;
  /** The titles in the team's log, most recent first. */
  choices: readonly TitleChoice[];
  value: TrainingChoices;
  onChange: (value: TrainingChoices) => void;
  error?: string | undefined;
}

function whenLogged(choice: TitleChoice, today: string): string {
  const when =
    choice.latest > today ? `next on ${showDate(choice.latest)}` : `last on ${showDate(choice.latest)}`;
  const times = choice.times > 1 ? `, logged ${choice.times} times` : '';
  return `${TRAINING_TYPE_LABELS[choice.type]}, ${when}${times}`;
}

function isType(value: string): value is TrainingType {
  return (TRAINING_TYPES as readonly string[]).includes(value);
}

/**
 * Which training counts for a requirement, chosen, never typed: titles from the team's own log (each once, most
 * recent first, searchable when the log is long), and whole types of training. A title chosen earlier that is no
 * longer in the log stays in the list, ticked, so it can be seen and taken off.
 */
export function TrainingChoicePicker({ id, choices, value, onChange, error }: TrainingChoicePickerProps) {
  const today = todayIso();
  const items = useMemo((): ChecklistItem[] => {
    const inLog = new Set(choices.map((choice) => choice.key));
    const gone = value.titles.filter((title) => !inLog.has(titleKey(title)));
    return [
      ...choices.map((choice) => ({
        value: choice.key,
        label: choice.title,
        detail: whenLogged(choice, today),
        searchText: choice.title,
      })),
      ...gone.map((title) => ({
        value: titleKey(title),
        label: title,
        detail: 'not in the log now',
        searchText: title,
      })),
    ];
  }, [choices, value.titles, today]);
  const titleByKey = new Map(items.map((item) => [item.value, item.label]));
  const titlesFirst = items.length > 0;

  return (
    <FieldGroup
      id={id}
      legend="Training that counts"
      hint="Tick the training in your team’s log that counts, or a whole type of training. Training logged later under a ticked title counts too."
      error={error}
      className="training-choices"
    >
      <SearchableChecklist
        id={titlesFirst ? id : `${id}-titles`}
        label="Training in your team’s log"
        searchLabel="Search the log by title"
        items={items}
        value={value.titles.map(titleKey)}
        onChange={(keys) =>
          onChange({
            ...value,
            titles: keys.flatMap((key) => {
              const title = titleByKey.get(key);
              return title === undefined ? [] : [title];
            }),
          })
        }
        searchFrom={SEARCH_FROM}
        nothingChosen="No training chosen from the log."
        empty={
          <p>Your team has not logged any training yet. Choose a type below, or log the training first.</p>
        }
      />
      <div className="field">
        <CheckboxGroup
          value={[...value.types]}
          onChange={(types) => onChange({ ...value, types: types.filter(isType) })}
        >
          <Label className="field__label">Or any training of these types</Label>
          {TRAINING_TYPES.map((type, index) => (
            <ListCheckbox key={type} value={type} id={!titlesFirst && index === 0 ? id : undefined}>
              {TRAINING_TYPE_LABELS[type]}
            </ListCheckbox>
          ))}
        </CheckboxGroup>
      </div>
    </FieldGroup>
  );
}
