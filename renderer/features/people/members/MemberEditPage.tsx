import { navigate } from '../../../app/router/hashRoute';
import { useWriter } from '../../../app/team/useWriter';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { setFlash } from '../flash';
import { saveMember } from './memberCommands';
import { MemberForm } from './MemberForm';
import { emptyMemberValues, valuesFromMember } from './memberForm';
import { useAgencies } from '../../../app/data/useAgencies';
import { useMembers } from '../../../app/data/useMembers';

/** Adding a member (memberId null) or changing one. */
export function MemberEditPage({ memberId }: { memberId: string | null }) {
  const writer = useWriter();
  const members = useMembers();
  const agencies = useAgencies();
  if (!members || !agencies) return <PageHeader title={memberId ? 'Change details' : 'Add a person'} />;
  const member = memberId === null ? null : members.find((candidate) => candidate.id === memberId);
  if (member === undefined) {
    return (
      <>
        <PageHeader title="Person not found" />
        <EmptyState title="This person is not in the directory">
          <p>They may have been removed. Go back to the directory to find someone else.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={member ? `Change details: ${member.name}` : 'Add a person'} />
      <MemberForm
        initial={member ? valuesFromMember(member) : emptyMemberValues()}
        memberId={memberId}
        members={members}
        agencies={agencies}
        submitLabel={member ? 'Save changes' : 'Add to the directory'}
        onSave={async (fields) => {
          const id = await saveMember(writer, memberId, fields);
          setFlash(member ? 'Changes saved.' : `${fields.name} has been added to the directory.`);
          navigate('people', 'member', id);
        }}
        onCancel={() => (member ? navigate('people', 'member', member.id) : navigate('people'))}
      />
    </>
  );
}
