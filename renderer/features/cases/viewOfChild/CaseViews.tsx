import { VIEW_WHOSE, type ViewWhose } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { DateField } from '../DateField';
import { CaseForm, type CaseDayFormProps } from '../page/CaseForm';
import { CaseSection } from '../page/CaseSection';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { personName } from '../caseWords';
import { addView } from '../caseRowCommands';
import { RemoveEntryButton } from '../page/RemoveEntryButton';
import { CaseRowList } from '../page/CaseRowList';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { dayFromParts, partsFromDay, showDate } from '../../../../shared/dates';
import { OpenFormButton } from '../../../ui/forms/OpenFormButton';

export const WHOSE_WORDS: Record<ViewWhose, string> = {
  child: 'The child',
  family: 'The family',
  parent: 'A parent',
  carer: 'A carer',
};

export function CaseViews(props: CaseSectionProps) {
  const { caseRow, members, today, onDeleted } = props;
  const { editing, saved, open, close, done } = useEditingPart<'add'>('views');

  return (
    <CaseSection id="views" title="What the child and family say" saved={saved}>
      <CaseRowList
        section={props}
        table="views"
        empty="No views recorded yet. Ask the child and the family what matters to them."
      >
        {(view, index) => (
          <>
            <p className="case-list__title">
              {WHOSE_WORDS[view.whose]}, {showDate(view.recordedOn)}
            </p>
            <blockquote className="case-quote case-text">{view.text}</blockquote>
            <p className="case-muted">
              Recorded by {personName(members, view.recordedBy, 'someone not named')}
            </p>
            <RemoveEntryButton
              table="views"
              entry={view}
              what={`view recorded on ${showDate(view.recordedOn)}`}
              quote={view.text}
              onRemoved={() =>
                onDeleted('views', view.id, `the view recorded on ${showDate(view.recordedOn)}`, index)
              }
            />
          </>
        )}
      </CaseRowList>
      {editing === 'add' ? (
        <AddViewForm caseId={caseRow.id} today={today} onCancel={close} onSaved={done} />
      ) : (
        <OpenFormButton id="views-add" onOpen={() => open('add')}>
          Record a view
        </OpenFormButton>
      )}
    </CaseSection>
  );
}

function AddViewForm({ caseId, today, ...done }: CaseDayFormProps) {
  const form = useSaveForm('viewform-', `view:${caseId}`);
  const writer = useWriter();
  const whose = useFormField<string>(form, 'whose', 'child');
  const text = useFormField(form, 'text', '');
  const on = useFormField(form, 'recordedOn', partsFromDay(today));
  const recordedOn = dayFromParts(on.value, 'The date');

  return (
    <CaseForm
      title="Record a view"
      submitLabel="Record the view"
      form={form}
      problems={{
        [text.id]:
          text.value.trim() === '' ? 'Enter what they said, in their words where you can.' : undefined,
        [on.id]: !recordedOn.ok
          ? recordedOn.message
          : recordedOn.date === null
            ? 'Enter the date they said it.'
            : undefined,
      }}
      save={() =>
        addView(writer, caseId, {
          whose: VIEW_WHOSE.find((item) => item === whose.value) ?? 'child',
          text: text.value,
          recordedOn: recordedOn.ok && recordedOn.date ? recordedOn.date : today,
        })
      }
      saved="View recorded."
      {...done}
    >
      <SelectField
        {...whose}
        label="Whose view"
        options={VIEW_WHOSE.map((item) => ({ value: item, label: WHOSE_WORDS[item] }))}
      />
      <TextField {...text} label="What they said" multiline />
      <DateField {...on} legend="Date they said it" />
    </CaseForm>
  );
}
