import type { ReactNode } from 'react';
import type { Member } from '../../../shared/domain/directory';
import { professionLabel } from '../../../shared/people/members';
import { hrefFor } from '../../app/router/hashRoute';

/**
 * People as a list of links to their profiles, each with the role they do; `note` adds what the page needs to
 * say about someone (a status, a desk) after it.
 */
export function MemberLinks({
  members,
  note,
}: {
  members: readonly Member[];
  note: (member: Member) => ReactNode;
}) {
  return (
    <ul className="plain-list">
      {members.map((member) => (
        <li key={member.id}>
          <a href={hrefFor('people', 'member', member.id)}>{member.name}</a> —{' '}
          {member.roleTitle || professionLabel(member)}
          {note(member)}
        </li>
      ))}
    </ul>
  );
}
