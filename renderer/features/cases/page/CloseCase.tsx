import { useWriter } from '../../../app/team/useWriter';
import { TextField } from '../../../ui/forms/TextField';
import { CaseForm, type CaseDayFormProps } from './CaseForm';
import { closeCase, reopenCase } from '../caseCommands';
import type { CaseSectionProps } from './caseSectionProps';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { CaseSection } from './CaseSection';

/** Closing needs a reason and an outcome; reopening needs a reason. Both go into the chronology. */
export function CloseCase({ caseRow, today }: CaseSectionProps) {
  const closed = caseRow.status === 'closed';
  const { editing, saved, open, close, done } = useEditingPart<'close' | 'reopen'>('case');

  return (
    <CaseSection
      id="close"
      title={closed ? 'Reopen the case' : 'Close the case'}
      className="no-print"
      saved={saved}
    >
      {editing === 'close' && <CloseForm caseId={caseRow.id} today={today} onCancel={close} onSaved={done} />}
      {editing === 'reopen' && (
        <ReopenForm caseId={caseRow.id} today={today} onCancel={close} onSaved={done} />
      )}
      {editing === null && (
        <button
          type="button"
          // After closing, focus returns to the button that now reopens, and the other way round.
          id={closed ? 'case-close' : 'case-reopen'}
          className="button button--secondary"
          onClick={() => open(closed ? 'reopen' : 'close')}
        >
          {closed ? 'Reopen this case' : 'Close this case'}
        </button>
      )}
    </CaseSection>
  );
}

function CloseForm({ caseId, today, ...done }: CaseDayFormProps) {
  const form = useSaveForm('close-', `close:${caseId}`);
  const writer = useWriter();
  const reason = useFormField(form, 'closeReason', '');
  const outcome = useFormField(form, 'outcome', '');
  return (
    <CaseForm
      title="Close this case"
      submitLabel="Close the case"
      form={form}
      problems={{
        [reason.id]: reason.value.trim() === '' ? 'Enter why the case is closing.' : undefined,
        [outcome.id]: outcome.value.trim() === '' ? 'Enter the outcome for the child and family.' : undefined,
      }}
      save={() => closeCase(writer, caseId, { reason: reason.value, outcome: outcome.value }, today)}
      saved="Case closed. The reason and outcome are in the chronology."
      {...done}
    >
      <TextField {...reason} label="Why is the case closing?" multiline />
      <TextField
        {...outcome}
        label="Outcome for the child and family"
        hint="What changed for them, in plain words."
        multiline
      />
    </CaseForm>
  );
}

function ReopenForm({ caseId, today, ...done }: CaseDayFormProps) {
  const form = useSaveForm('', `reopen:${caseId}`);
  const writer = useWriter();
  const reason = useFormField(form, 'reopenReason', '');
  return (
    <CaseForm
      title="Reopen this case"
      submitLabel="Reopen the case"
      form={form}
      problems={{
        [reason.id]: reason.value.trim() === '' ? 'Enter why the case is being reopened.' : undefined,
      }}
      save={() => reopenCase(writer, caseId, reason.value, today)}
      saved="Case reopened. The reason is in the chronology."
      {...done}
    >
      <TextField {...reason} label="Why is the case being reopened?" multiline />
    </CaseForm>
  );
}
