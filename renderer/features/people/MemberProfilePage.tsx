import { useMemo, useState } from 'react';
import { hrefFor } from '../../app/router/hashRoute';
import {
  agencyName,
  accountabilityLine,
  byId,
  isSeconded,
  professionLabel,
} from '../../../shared/people/members';
import { peripheralReasons } from '../../../shared/people/peripheral';
import { Banner } from '../../ui/Banner';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { RecordHistory } from '../access/history/RecordHistory';
import { RecordClashes } from '../sync/RecordClashes';
import { takeFlash } from './flash';
import { PeopleNav } from './PeopleNav';
import { useAgencies } from '../../app/data/useAgencies';
import { useMembers } from '../../app/data/useMembers';
import { STATUS_LABELS, showDays, showHours } from './words';
import { showDate } from '../../../shared/dates';
import { SummaryList, SummaryRow } from '../../ui/SummaryList';

/** One member's profile: their role, what they do and do not do, both lines of accountability, and contact. */
export function MemberProfilePage({ memberId }: { memberId: string }) {
  const members = useMembers();
  const agencies = useAgencies();
  const [flash] = useState(takeFlash);
  const memberMap = useMemo(() => byId(members ?? []), [members]);
  const agencyMap = useMemo(() => byId(agencies ?? []), [agencies]);
  if (!members || !agencies) return <PageHeader title="Person" />;
  const member = memberMap.get(memberId);
  if (!member) {
    return (
      <>
        <PageHeader title="Person not found" />
        <EmptyState title="This person is not in the directory">
          <p>
            They may have been removed. <a href={hrefFor('people')}>Go back to the directory</a>.
          </p>
        </EmptyState>
      </>
    );
  }
  const agencyLink = (id: string | null) =>
    id === null ? 'Not recorded' : <a href={hrefFor('people', 'agency', id)}>{agencyName(agencyMap, id)}</a>;
  const reasons = peripheralReasons(member);
  return (
    <>
      <PageHeader
        title={member.name}
        action={{ label: 'Change details', href: hrefFor('people', 'member', member.id, 'edit') }}
      />
      <PeopleNav current="" />
      <RecordClashes
        table="members"
        recordId={member.id}
        fixHref={hrefFor('people', 'member', member.id, 'edit')}
      />
      {flash && (
        <Banner tone="success" live>
          <p>{flash}</p>
        </Banner>
      )}
      {member.status === 'left' && (
        <Banner tone="warning" title="Has left the team">
          <p>
            Kept in the directory so their name stays on everything they wrote. They are not offered in lists
            of people to choose.
          </p>
        </Banner>
      )}
      <p className="profile-lead">
        {member.roleTitle || professionLabel(member)}
        {member.pronouns && <span className="muted"> ({member.pronouns})</span>}
        {member.status === 'on-leave' && <span className="tag tag--warning">On leave</span>}
        {reasons.map((reason) => (
          <span key={reason.kind} className="tag">
            {reason.text}
          </span>
        ))}
      </p>
      <section aria-labelledby="role-heading">
        <h2 id="role-heading">Their role</h2>
        <SummaryList>
          <SummaryRow term="Profession">{professionLabel(member)}</SummaryRow>
          <SummaryRow term="What I do">{member.whatIDo || 'Not written yet'}</SummaryRow>
          <SummaryRow term="What I do not do">{member.whatIDoNot || 'Not written yet'}</SummaryRow>
          <SummaryRow term="What I bring to joint work">{member.whatIBring || 'Not written yet'}</SummaryRow>
          <SummaryRow term="Specialist skills">
            {member.skills.length === 0 ? (
              'None recorded'
            ) : (
              <ul className="tag-list">
                {member.skills.map((skill) => (
                  <li key={skill} className="tag">
                    {skill}
                  </li>
                ))}
              </ul>
            )}
          </SummaryRow>
        </SummaryList>
      </section>
      <section aria-labelledby="accountability-heading">
        <h2 id="accountability-heading">Agency and accountability</h2>
        <SummaryList>
          <SummaryRow term="Employing agency">{agencyLink(member.employingAgencyId)}</SummaryRow>
          {isSeconded(member) && (
            <>
              <SummaryRow term="Seconded to">{agencyLink(member.hostAgencyId)}</SummaryRow>
              <SummaryRow term="Secondment">
                {showDate(member.secondmentStart)} to {showDate(member.secondmentEnd)}
              </SummaryRow>
            </>
          )}
          <SummaryRow term="Professional supervision">
            {accountabilityLine(member.supervisorId, memberMap, agencyMap)}
          </SummaryRow>
          <SummaryRow term="Line management">
            {accountabilityLine(member.lineManagerId, memberMap, agencyMap)}
          </SummaryRow>
        </SummaryList>
      </section>
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">Contact and working pattern</h2>
        <SummaryList>
          <SummaryRow term="Phone">{member.phone || 'Not recorded'}</SummaryRow>
          <SummaryRow term="Email">{member.email || 'Not recorded'}</SummaryRow>
          <SummaryRow term="Desk or room">{member.desk || 'Not recorded'}</SummaryRow>
          <SummaryRow term="Days in the office">{showDays(member.officeDays)}</SummaryRow>
          <SummaryRow term="Hours">{showHours(member.hoursPerWeek)}</SummaryRow>
          <SummaryRow term="Based in the shared office">
            {member.coLocated ? 'Yes' : 'No, based elsewhere'}
          </SummaryRow>
          <SummaryRow term="Status">{STATUS_LABELS[member.status]}</SummaryRow>
        </SummaryList>
      </section>
      <RecordHistory table="members" record={member} />
    </>
  );
}
