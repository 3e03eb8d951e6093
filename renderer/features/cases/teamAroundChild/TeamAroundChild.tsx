import { useWriter } from '../../../app/team/useWriter';
import { SelectField } from '../../../ui/forms/SelectField';
import { MemberField } from '../../../ui/forms/MemberField';
import { TextField } from '../../../ui/forms/TextField';
import { CaseForm } from '../page/CaseForm';
import { CaseSection } from '../page/CaseSection';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { agencyName, personName } from '../caseWords';
import { addInvolvement, deleteCaseRow } from '../caseRowCommands';
import { caseItemId, withRemoved } from '../page/RemovedNotice';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { showDate } from '../../../../shared/dates';
import { useActionMessage } from '../../../ui/useActionMessage';
import { MessageBanner } from '../../../ui/MessageBanner';
import { OpenFormButton } from '../../../ui/forms/OpenFormButton';

export function TeamAroundChild(props: CaseSectionProps) {
  const { caseRow, rows, members, agencies, onDeleted, removed, undoRemoval } = props;
  const writer = useWriter();
  const { editing, saved, open, close, done } = useEditingPart<'add'>('team');
  const { message, run } = useActionMessage();

  const remove = async (id: string, who: string, index: number) => {
    const removed = await run(
      () => deleteCaseRow(writer, 'involvements', id),
      undefined,
      'This could not be removed. Try again.',
    );
    if (removed) onDeleted('involvements', id, `${who} from the team around the child`, index);
  };

  return (
    <CaseSection id="team" title="Team around the child" saved={saved}>
      <MessageBanner message={message} />
      {rows.involvements.length === 0 && removed?.table !== 'involvements' ? (
        <p>Nobody is recorded as involved yet.</p>
      ) : (
        <table className="data-table data-table--stack">
          <caption className="visually-hidden">Professionals involved</caption>
          <thead>
            <tr>
              <th scope="col">Professional</th>
              <th scope="col">Agency</th>
              <th scope="col">Part in the plan</th>
              <th scope="col">Since</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {withRemoved(
              rows.involvements.map((row, index) => {
                const who = row.memberId
                  ? personName(members, row.memberId)
                  : agencyName(agencies, row.agencyId);
                const lead = row.memberId !== null && row.memberId === caseRow.leadMemberId;
                return (
                  <tr key={row.id} id={caseItemId('involvements', row.id)} tabIndex={-1}>
                    <td>
                      {who}
                      {lead && <strong className="tag tag--success case-tag-gap">Lead professional</strong>}
                    </td>
                    <td data-label="Agency">{agencyName(agencies, row.agencyId)}</td>
                    <td data-label="Part in the plan">{row.role || '—'}</td>
                    <td data-label="Since">{showDate(row.since, '—')}</td>
                    <td>
                      {!lead && (
                        <button
                          type="button"
                          className="link-button no-print"
                          onClick={() => void remove(row.id, who, index)}
                        >
                          Remove<span className="visually-hidden"> {who}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              }),
              'involvements',
              removed,
              undoRemoval,
              5,
            )}
          </tbody>
        </table>
      )}
      {editing === 'add' ? (
        <AddInvolvementForm {...props} onCancel={close} onSaved={done} />
      ) : (
        <OpenFormButton id="team-add" onOpen={() => open('add')}>
          Add someone to the team
        </OpenFormButton>
      )}
    </CaseSection>
  );
}

function AddInvolvementForm({
  caseRow,
  team,
  agencies,
  today,
  ...done
}: CaseSectionProps & { onCancel: () => void; onSaved: (message: string) => void }) {
  const form = useSaveForm('involve-', `involve:${caseRow.id}`);
  const writer = useWriter();
  const [memberId, setMemberId] = useDraftField(form.draftKey, 'memberId', '');
  const agencyId = useFormField(form, 'agencyId', '');
  const role = useFormField(form, 'role', '');

  const chooseMember = (id: string) => {
    setMemberId(id);
    // Most people work for their employing agency in a case; it can still be changed.
    const member = team.find((candidate) => candidate.id === id);
    if (member) {
      agencyId.onChange(member.employingAgencyId ?? '');
      if (role.value === '') role.onChange(member.roleTitle);
    }
  };

  return (
    <CaseForm
      title="Add someone to the team around the child"
      submitLabel="Add"
      form={form}
      problems={{
        'involve-memberId':
          memberId === '' && agencyId.value === '' ? 'Choose a person, or at least their agency.' : undefined,
      }}
      save={() =>
        addInvolvement(
          writer,
          caseRow.id,
          { memberId: memberId || null, agencyId: agencyId.value || null, role: role.value },
          today,
        )
      }
      saved="Added to the team around the child."
      {...done}
    >
      <MemberField
        id="involve-memberId"
        label="Professional"
        value={memberId}
        emptyLabel="Choose a person"
        members={team}
        onChange={chooseMember}
        error={form.errors['involve-memberId']}
      />
      <SelectField
        {...agencyId}
        label="Agency"
        emptyLabel="No agency"
        options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
      />
      <TextField
        {...role}
        label="Their part in this child’s plan"
        hint="For example, “Health visitor: weekly home visits”."
      />
    </CaseForm>
  );
}
