import type { Action } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { DateField } from '../DateField';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { PASSED_WARNING } from '../summary/ReviewForms';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { addCaseAction, updateAction } from '../caseRowCommands';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { dayFromParts, hasPassed, partsFromDay } from '../../../../shared/dates';

/** The owner list's choice for someone outside the team: never a member's id. */
const OUTSIDE = 'outside';

interface ActionFormProps extends CaseSectionProps {
  action: Action | null;
  onCancel: () => void;
  onSaved: (message: string) => void;
}

/** Adds or changes an action: what, who, by when, and the aim it serves. A past due date is flagged, not refused. */
export function ActionForm({ caseRow, rows, team, today, action, onCancel, onSaved }: ActionFormProps) {
  const form = useSaveForm('actionform-', `action:${caseRow.id}:${action?.id ?? 'new'}`);
  const writer = useWriter();
  const [text, setText] = useDraftField(form.draftKey, 'text', action?.text ?? '');
  const [ownerId, setOwnerId] = useDraftField(
    form.draftKey,
    'ownerId',
    action?.ownerId ?? (action?.outsideOwner ? OUTSIDE : ''),
  );
  const [outsideOwner, setOutsideOwner] = useDraftField(
    form.draftKey,
    'outsideOwner',
    action?.outsideOwner ?? '',
  );
  const [outsideRole, setOutsideRole] = useDraftField(
    form.draftKey,
    'outsideOwnerRole',
    action?.outsideOwnerRole ?? '',
  );
  const outside = ownerId === OUTSIDE;
  const [due, setDue] = useDraftField(form.draftKey, 'due', partsFromDay(action?.dueDate ?? null));
  const [aimId, setAimId] = useDraftField(form.draftKey, 'aimId', action?.aimId ?? '');
  const dueDate = dayFromParts(due, 'The due date');

  const submit = async () => {
    const ok = await form.run(
      () => ({
        'actionform-text': text.trim() === '' ? 'Enter what needs to be done.' : undefined,
        'actionform-dueDate': dueDate.ok ? undefined : dueDate.message,
        'actionform-outsideOwner':
          outside && outsideOwner.trim() === ''
            ? 'Enter the name of the person outside the team.'
            : undefined,
      }),
      async () => {
        const input = {
          text,
          ownerId: outside ? null : ownerId || null,
          outsideOwner: outside ? outsideOwner : '',
          outsideOwnerRole: outside ? outsideRole : '',
          dueDate: dueDate.ok ? dueDate.date : null,
          aimId: aimId || null,
        };
        if (action) await updateAction(writer, action.id, input);
        else await addCaseAction(writer, caseRow.id, input);
      },
      [{ id: 'actionform-dueDate', label: 'Due date', date: dueDate.ok ? dueDate.date : null }],
    );
    if (ok) onSaved(action ? 'Action saved.' : 'Action added.');
  };

  return (
    <FormFrame
      className="case-form"
      title={action ? 'Change the action' : 'Add an action'}
      form={form}
      submitLabel={action ? 'Save' : 'Add the action'}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        id="actionform-text"
        label="What needs to be done"
        multiline
        value={text}
        onChange={setText}
        error={form.errors['actionform-text']}
      />
      <SelectField
        id="actionform-ownerId"
        label="Who will do it"
        value={ownerId}
        emptyLabel="Nobody yet"
        options={[
          ...team.map((member) => ({ value: member.id, label: member.name })),
          { value: OUTSIDE, label: 'Someone outside the team' },
        ]}
        onChange={setOwnerId}
        error={form.errors['actionform-ownerId']}
      />
      {outside && (
        <div className="case-form__nested">
          <TextField
            id="actionform-outsideOwner"
            label="Their name"
            hint="A parent, a GP, a teacher: whoever agreed to do it."
            value={outsideOwner}
            onChange={setOutsideOwner}
            error={form.errors['actionform-outsideOwner']}
          />
          <TextField
            id="actionform-outsideOwnerRole"
            label="Their role (optional)"
            hint="For example Mother, GP at Bridge Street Surgery, Class teacher."
            value={outsideRole}
            onChange={setOutsideRole}
            error={form.errors['actionform-outsideOwnerRole']}
          />
        </div>
      )}
      <DateField
        id="actionform-dueDate"
        legend="Due date"
        value={due}
        onChange={setDue}
        error={form.errors['actionform-dueDate']}
        warning={dueDate.ok && hasPassed(dueDate.date, today) ? PASSED_WARNING : undefined}
      />
      <SelectField
        id="actionform-aimId"
        label="The aim it serves"
        value={aimId}
        emptyLabel="No aim linked"
        options={rows.aims.map((aim) => ({ value: aim.id, label: aim.text }))}
        onChange={setAimId}
        error={form.errors['actionform-aimId']}
      />
    </FormFrame>
  );
}
