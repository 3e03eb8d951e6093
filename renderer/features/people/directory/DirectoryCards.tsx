import type { Agency, Member } from '../../../../shared/domain/directory';
import { hrefFor } from '../../../app/router/hashRoute';
import { agencyName, professionLabel } from '../../../../shared/people/members';
import { peripheralReasons } from '../../../../shared/people/peripheral';
import { STATUS_LABELS, showDays } from '../words';

interface DirectoryCardsProps {
  members: readonly Member[];
  agencies: ReadonlyMap<string, Agency>;
}

/** The directory as cards: who each person is, their agency, days in and skills at a glance. */
export function DirectoryCards({ members, agencies }: DirectoryCardsProps) {
  return (
    <ul className="card-grid person-cards">
      {members.map((member) => (
        <li key={member.id} className="card person-card">
          <h2 className="person-card__name">
            <a href={hrefFor('people', 'member', member.id)}>{member.name}</a>
          </h2>
          <p className="person-card__role">
            {member.roleTitle || professionLabel(member)}
            {member.roleTitle && <span className="muted"> · {professionLabel(member)}</span>}
          </p>
          <p className="muted">{agencyName(agencies, member.employingAgencyId) || 'Agency not recorded'}</p>
          <p>{showDays(member.officeDays)}</p>
          {member.status !== 'active' && <p className="tag tag--warning">{STATUS_LABELS[member.status]}</p>}
          {peripheralReasons(member).map((reason) => (
            <p key={reason.kind} className="tag">
              {reason.text}
            </p>
          ))}
          {member.skills.length > 0 && (
            <ul className="tag-list" aria-label={`Skills of ${member.name}`}>
              {member.skills.map((skill) => (
                <li key={skill} className="tag">
                  {skill}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
