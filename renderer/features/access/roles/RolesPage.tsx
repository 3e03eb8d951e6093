import { useState } from 'react';
import { TEAM_ROLES, type Member, type TeamRole } from '../../../../shared/domain/directory';
import { RULES_IN_WORDS } from '../../../../shared/access/permissions';
import { can } from '../../../../shared/domain/roles';
import { usePerson } from '../../../app/team/usePerson';
import { useTeam } from '../../../app/team/useTeam';
import { useWriter } from '../../../app/team/useWriter';
import { PageHeader } from '../../../ui/PageHeader';
import { changeTeamRole, resetPin } from '../accessCommands';
import { BackToSettings } from '../BackToSettings';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useActionMessage } from '../../../ui/useActionMessage';
import { useMembers } from '../../../app/data/useMembers';
import { usePasswordHolders } from './usePasswordHolders';
import { usePinHolders } from './usePinHolders';
import '../access.css';
import { MessageBanner } from '../../../ui/MessageBanner';
import { DataTable } from '../../../ui/DataTable';

export const ROLE_LABELS: Record<TeamRole, string> = { leader: 'Team leader', member: 'Team member' };

/** Team roles, and PINs on this PC. Leaders change them; everyone can see who leads the team. */
export function RolesPage() {
  const { team } = useTeam();
  const person = usePerson();
  const writer = useWriter();
  const members = useMembers();
  const pinHolders = usePinHolders(team.id);
  const passwordHolders = usePasswordHolders();
  const { message, run } = useActionMessage();
  const [clearing, setClearing] = useState<Member | null>(null);
  const mayManage = can(person, 'manage-roles');
  const mayReset = can(person, 'reset-pins');

  return (
    <>
      <PageHeader title="Roles and PINs" />
      <BackToSettings />
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Who may do what</h2>
        <ul>
          {RULES_IN_WORDS.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>
      {!mayManage && <p>Only a team leader can change roles or clear PINs.</p>}
      <MessageBanner message={message} />
      <DataTable
        caption="Team members, their roles, whether they have a PIN on this PC and whether they have set a personal password"
        captionHidden
        columns={['Name', 'Role', 'PIN on this PC', 'Personal password']}
      >
        {(members ?? []).map((member) => {
          const hasPin = pinHolders?.has(member.id) ?? false;
          return (
            <tr key={member.id}>
              <th scope="row">
                {member.name}
                {member.status === 'left' ? ' (has left)' : ''}
              </th>
              <td>
                {mayManage ? (
                  <select
                    aria-label={`Role of ${member.name}`}
                    value={member.teamRole}
                    onChange={(event) => {
                      const role = TEAM_ROLES.find((candidate) => candidate === event.target.value);
                      if (!role) return;
                      void run(
                        () => changeTeamRole(writer, member.id, role),
                        `${member.name} is now a ${ROLE_LABELS[role].toLowerCase()}.`,
                      );
                    }}
                  >
                    {TEAM_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {ROLE_LABELS[role]}
                      </option>
                    ))}
                  </select>
                ) : (
                  ROLE_LABELS[member.teamRole]
                )}
              </td>
              <td>
                {hasPin ? 'Set' : 'Not set'}
                {hasPin && mayReset && member.id !== person?.id && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setClearing(member)}
                    >
                      Clear {member.name}’s PIN
                    </button>
                  </>
                )}
              </td>
              <td>{passwordHolders?.has(member.id) ? 'Set' : 'Not set yet'}</td>
            </tr>
          );
        })}
      </DataTable>
      <ConfirmDialog
        isOpen={clearing !== null}
        title={`Clear ${clearing?.name ?? ''}’s PIN on this PC?`}
        confirmLabel="Clear the PIN"
        onCancel={() => setClearing(null)}
        onConfirm={() => {
          const member = clearing;
          setClearing(null);
          if (member) {
            void run(
              () => resetPin(writer, team.id, member.id),
              `${member.name}’s PIN was cleared. They will choose a new one the next time they sign in on this PC.`,
            );
          }
        }}
      >
        <p>
          The next time they sign in on this PC they show it is them, with their personal password or a team
          leader beside them, and choose a new PIN. Their PINs on other PCs do not change, and none of their
          work is affected.
        </p>
      </ConfirmDialog>
    </>
  );
}
