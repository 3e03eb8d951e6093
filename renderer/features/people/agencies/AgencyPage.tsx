import { useMemo, useState } from 'react';
import { hrefFor } from '../../../app/router/hashRoute';
import { AGENCY_TYPE_LABELS, type Member } from '../../../../shared/domain/directory';
import { byId } from '../../../../shared/people/members';
import { Banner } from '../../../ui/Banner';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordHistory } from '../../access/history/RecordHistory';
import { takeFlash } from '../flash';
import { MemberLinks } from '../MemberLinks';
import { PeopleNav } from '../PeopleNav';
import { useAgencies } from '../../../app/data/useAgencies';
import { useMembers } from '../../../app/data/useMembers';
import { STATUS_LABELS } from '../words';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';

function MemberList({ members, empty }: { members: readonly Member[]; empty: string }) {
  if (members.length === 0) return <p className="muted">{empty}</p>;
  return (
    <MemberLinks
      members={members}
      note={(member) =>
        member.status !== 'active' && <span className="muted"> ({STATUS_LABELS[member.status]})</span>
      }
    />
  );
}

/** An agency: its remit, how it works, who to contact, and the team members it employs or hosts. */
export function AgencyPage({ agencyId }: { agencyId: string }) {
  const agencies = useAgencies();
  const members = useMembers();
  const [flash] = useState(takeFlash);
  const agency = useMemo(() => byId(agencies ?? []).get(agencyId), [agencies, agencyId]);
  if (!agencies || !members) return <PageHeader title="Agency" />;
  if (!agency) {
    return (
      <NotFoundPage title="Agency not found" heading="This agency is not in the directory">
        It may have been removed. <a href={hrefFor('people', 'agencies')}>See all agencies</a>.
      </NotFoundPage>
    );
  }
  const employed = members.filter((m) => m.employingAgencyId === agency.id && m.hostAgencyId !== agency.id);
  const hosted = members.filter((m) => m.hostAgencyId === agency.id && m.employingAgencyId !== agency.id);
  const both = members.filter((m) => m.hostAgencyId === agency.id && m.employingAgencyId === agency.id);
  return (
    <>
      <PageHeader
        title={agency.name}
        action={{ label: 'Change details', href: hrefFor('people', 'agency', agency.id, 'edit') }}
      />
      <PeopleNav current="agencies" />
      {flash && (
        <Banner tone="success" live>
          <p>{flash}</p>
        </Banner>
      )}
      <SummaryList>
        <SummaryRow term="Kind of agency">{AGENCY_TYPE_LABELS[agency.type]}</SummaryRow>
        <SummaryRow term="What it is for">{agency.remit || 'Not written yet'}</SummaryRow>
        <SummaryRow term="How it works">
          <span className="preserve-lines">{agency.howItWorks || 'Not written yet'}</span>
        </SummaryRow>
        <SummaryRow term="Contacts">
          <span className="preserve-lines">{agency.contacts || 'Not recorded'}</span>
        </SummaryRow>
      </SummaryList>
      <section aria-labelledby="employed-heading">
        <h2 id="employed-heading">Employed by this agency</h2>
        <MemberList members={[...employed, ...both]} empty="Nobody in the team is employed by this agency." />
      </section>
      <section aria-labelledby="hosted-heading">
        <h2 id="hosted-heading">Seconded to this agency from elsewhere</h2>
        <MemberList members={hosted} empty="Nobody is seconded to this agency." />
      </section>
      <RecordHistory table="agencies" record={agency} />
    </>
  );
}
