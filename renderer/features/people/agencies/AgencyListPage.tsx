import { hrefFor } from '../../../app/router/hashRoute';
import { AGENCY_TYPE_LABELS } from '../../../../shared/domain/directory';
import { isCurrentMember } from '../../../../shared/people/members';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { PeopleNav } from '../PeopleNav';
import { useAgencies } from '../../../app/data/useAgencies';
import { useMembers } from '../../../app/data/useMembers';

/** Every agency in the team, with how many current members it employs or hosts. */
export function AgencyListPage() {
  const agencies = useAgencies();
  const members = useMembers();
  return (
    <>
      <PageHeader
        title="Agencies"
        action={{ label: 'Add an agency', href: hrefFor('people', 'new-agency') }}
      />
      <PeopleNav current="agencies" />
      {agencies && agencies.length === 0 && (
        <EmptyState title="No agencies yet">
          <p>Add the agencies your team’s members come from, with what each one does and how it works.</p>
        </EmptyState>
      )}
      {agencies && members && agencies.length > 0 && (
        <ul className="card-grid">
          {agencies.map((agency) => {
            const count = members.filter(
              (m) =>
                isCurrentMember(m) && (m.employingAgencyId === agency.id || m.hostAgencyId === agency.id),
            ).length;
            return (
              <li key={agency.id} className="card">
                <h2 className="person-card__name">
                  <a href={hrefFor('people', 'agency', agency.id)}>{agency.name}</a>
                </h2>
                <p className="muted">{AGENCY_TYPE_LABELS[agency.type]}</p>
                <p>
                  {count} {count === 1 ? 'member' : 'members'} in the team
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
