import { useState } from 'react';
import { CHRONOLOGY_TYPES, CHRONOLOGY_TYPE_LABELS } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { DateField } from '../DateField';
import { CaseForm, type CaseDayFormProps } from '../page/CaseForm';
import { CaseSection } from '../page/CaseSection';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { personName } from '../caseWords';
import { addChronologyEntry } from '../caseRowCommands';
import { RemoveEntryButton } from '../page/RemoveEntryButton';
import { caseItemId, withRemoved } from '../page/RemovedNotice';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { dayFromParts, partsFromDay, showDate } from '../../../../shared/dates';
import { OpenFormButton } from '../../../ui/forms/OpenFormButton';

/** Entry types a person adds by hand; moves and reviews are added by their own forms. */
const TYPES_TO_ADD = CHRONOLOGY_TYPES.filter((type) => type !== 'stage-change' && type !== 'review');

export function Chronology(props: CaseSectionProps) {
  const { caseRow, rows, members, today, onDeleted, removed, undoRemoval } = props;
  const { editing, saved, open, close, done } = useEditingPart<'add'>('chronology');
  const [filter, setFilter] = useState('');
  const shown = filter === '' ? rows.chronology : rows.chronology.filter((entry) => entry.type === filter);

  return (
    <CaseSection id="chronology" title="Chronology" saved={saved}>
      <div className="no-print">
        <SelectField
          id="chronology-filter"
          label="Show entries of type"
          value={filter}
          emptyLabel="All types"
          options={CHRONOLOGY_TYPES.map((type) => ({ value: type, label: CHRONOLOGY_TYPE_LABELS[type] }))}
          onChange={setFilter}
        />
      </div>
      <p className="case-muted" role="status">
        Showing {shown.length} of {rows.chronology.length}{' '}
        {rows.chronology.length === 1 ? 'entry' : 'entries'}.
      </p>
      {editing === 'add' ? (
        <AddEntryForm caseId={caseRow.id} today={today} onCancel={close} onSaved={done} />
      ) : (
        <OpenFormButton id="chronology-add" onOpen={() => open('add')}>
          Add an entry
        </OpenFormButton>
      )}
      <ol className="case-list chronology">
        {withRemoved(
          shown.map((entry, index) => (
            <li
              key={entry.id}
              id={caseItemId('chronology', entry.id)}
              tabIndex={-1}
              className="case-list__item"
            >
              <p className="case-list__title">
                <span className="tag case-tag-gap">{CHRONOLOGY_TYPE_LABELS[entry.type]}</span>
                <time dateTime={entry.date}>{showDate(entry.date)}</time>
              </p>
              <p className="case-text">{entry.text}</p>
              <p className="case-muted">
                By {personName(members, entry.authorId, 'someone not named')}
                {entry.type === 'review' &&
                  ` · The review was due on ${showDate(entry.reviewDue, 'no date set')}`}
              </p>
              <RemoveEntryButton
                table="chronology"
                entry={entry}
                what={`chronology entry of ${showDate(entry.date)} by ${personName(members, entry.authorId, 'someone not named')}`}
                quote={entry.text}
                onRemoved={() =>
                  onDeleted('chronology', entry.id, `the chronology entry of ${showDate(entry.date)}`, index)
                }
              />
            </li>
          )),
          'chronology',
          removed,
          undoRemoval,
        )}
      </ol>
    </CaseSection>
  );
}

function AddEntryForm({ caseId, today, ...done }: CaseDayFormProps) {
  const form = useSaveForm('entry-', `chronology:${caseId}`);
  const writer = useWriter();
  const type = useFormField<string>(form, 'type', 'meeting');
  const on = useFormField(form, 'date', partsFromDay(today));
  const text = useFormField(form, 'text', '');
  const date = dayFromParts(on.value, 'The date');

  return (
    <CaseForm
      title="Add a chronology entry"
      submitLabel="Add the entry"
      form={form}
      problems={{
        [on.id]: !date.ok ? date.message : date.date === null ? 'Enter the date it happened.' : undefined,
        [text.id]: text.value.trim() === '' ? 'Enter what happened.' : undefined,
      }}
      save={() =>
        addChronologyEntry(writer, caseId, {
          type: TYPES_TO_ADD.find((item) => item === type.value) ?? 'note',
          date: date.ok && date.date ? date.date : today,
          text: text.value,
        })
      }
      saved="Entry added to the chronology."
      {...done}
    >
      <SelectField
        {...type}
        label="Type"
        options={TYPES_TO_ADD.map((item) => ({ value: item, label: CHRONOLOGY_TYPE_LABELS[item] }))}
      />
      <DateField {...on} legend="Date it happened" />
      <TextField {...text} label="What happened" multiline />
    </CaseForm>
  );
}
