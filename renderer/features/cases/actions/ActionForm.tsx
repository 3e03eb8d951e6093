import type { Action } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { DateField } from '../DateField';
import { CaseForm, type CaseFormDone } from '../page/CaseForm';
import { PASSED_WARNING } from '../summary/ReviewForms';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { addCaseAction, updateAction } from '../caseRowCommands';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { dayFromParts, hasPassed, partsFromDay } from '../../../../shared/dates';

/** The owner list's choice for someone outside the team: never a member's id. */
const OUTSIDE = 'outside';

interface ActionFormProps extends CaseSectionProps, CaseFormDone {
  action: Action | null;
}

/** Adds or changes an action: what, who, by when, and the aim it serves. A past due date is flagged, not refused. */
export function ActionForm({ caseRow, rows, team, today, action, ...done }: ActionFormProps) {
  const form = useSaveForm('actionform-', `action:${caseRow.id}:${action?.id ?? 'new'}`);
  const writer = useWriter();
  const text = useFormField(form, 'text', action?.text ?? '');
  const ownerId = useFormField(form, 'ownerId', action?.ownerId ?? (action?.outsideOwner ? OUTSIDE : ''));
  const outsideOwner = useFormField(form, 'outsideOwner', action?.outsideOwner ?? '');
  const outsideRole = useFormField(form, 'outsideOwnerRole', action?.outsideOwnerRole ?? '');
  const outside = ownerId.value === OUTSIDE;
  const due = useFormField(form, 'dueDate', partsFromDay(action?.dueDate ?? null));
  const aimId = useFormField(form, 'aimId', action?.aimId ?? '');
  const dueDate = dayFromParts(due.value, 'The due date');

  return (
    <CaseForm
      title={action ? 'Change the action' : 'Add an action'}
      submitLabel={action ? 'Save' : 'Add the action'}
      form={form}
      problems={{
        [text.id]: text.value.trim() === '' ? 'Enter what needs to be done.' : undefined,
        [due.id]: dueDate.ok ? undefined : dueDate.message,
        [outsideOwner.id]:
          outside && outsideOwner.value.trim() === ''
            ? 'Enter the name of the person outside the team.'
            : undefined,
      }}
      save={async () => {
        const input = {
          text: text.value,
          ownerId: outside ? null : ownerId.value || null,
          outsideOwner: outside ? outsideOwner.value : '',
          outsideOwnerRole: outside ? outsideRole.value : '',
          dueDate: dueDate.ok ? dueDate.date : null,
          aimId: aimId.value || null,
        };
        if (action) await updateAction(writer, action.id, input);
        else await addCaseAction(writer, caseRow.id, input);
      }}
      datesToQuestion={[{ id: due.id, label: 'Due date', date: dueDate.ok ? dueDate.date : null }]}
      saved={action ? 'Action saved.' : 'Action added.'}
      {...done}
    >
      <TextField {...text} label="What needs to be done" multiline />
      <SelectField
        {...ownerId}
        label="Who will do it"
        emptyLabel="Nobody yet"
        options={[
          ...team.map((member) => ({ value: member.id, label: member.name })),
          { value: OUTSIDE, label: 'Someone outside the team' },
        ]}
      />
      {outside && (
        <div className="case-form__nested">
          <TextField
            {...outsideOwner}
            label="Their name"
            hint="A parent, a GP, a teacher: whoever agreed to do it."
          />
          <TextField
            {...outsideRole}
            label="Their role (optional)"
            hint="For example Mother, GP at Bridge Street Surgery, Class teacher."
          />
        </div>
      )}
      <DateField
        {...due}
        legend="Due date"
        warning={dueDate.ok && hasPassed(dueDate.date, today) ? PASSED_WARNING : undefined}
      />
      <SelectField
        {...aimId}
        label="The aim it serves"
        emptyLabel="No aim linked"
        options={rows.aims.map((aim) => ({ value: aim.id, label: aim.text }))}
      />
    </CaseForm>
  );
}
