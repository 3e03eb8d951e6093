import { useMemo } from 'react';
import { hrefFor } from '../../../app/router/hashRoute';
import type { Member } from '../../../../shared/domain/directory';
import { professionLabel } from '../../../../shared/people/members';
import {
  ENDING_SOON_DAYS,
  INVOLVED_WITHIN_DAYS,
  involvedSince,
  peripheralView,
} from '../../../../shared/people/peripheral';
import { PageHeader } from '../../../ui/PageHeader';
import { PeopleNav } from '../PeopleNav';
import { showDate, todayIso } from '../../../../shared/dates';
import { useActivity } from './useActivity';
import { useMembers } from '../../../app/data/useMembers';
import { DataTable } from '../../../ui/DataTable';

function PersonLink({ member }: { member: Member }) {
  return (
    <>
      <a href={hrefFor('people', 'member', member.id)}>{member.name}</a>
      <span className="muted"> — {member.roleTitle || professionLabel(member)}</span>
      {member.status === 'on-leave' && <span className="tag tag--warning">On leave</span>}
    </>
  );
}

/**
 * For the leader: members at risk of being left out (part-time, seconded, not in the shared office), secondments
 * about to end, and anyone who has had no part in a case, reflection session or training lately.
 */
export function PeripheralPage() {
  const members = useMembers();
  const activity = useActivity();
  const today = todayIso();
  const view = useMemo(
    () => (members && activity ? peripheralView(members, activity, today) : null),
    [members, activity, today],
  );
  return (
    <>
      <PageHeader title="Peripheral members" />
      <PeopleNav current="peripheral" />
      <p className="lead">
        People who work part-time, are seconded or are based elsewhere can easily miss out on the team’s
        conversations, meetings and training. Use this page to make sure they are included.
      </p>
      {view && (
        <>
          <section aria-labelledby="ending-heading">
            <h2 id="ending-heading">Secondments ending in the next {ENDING_SOON_DAYS} days</h2>
            {view.endingSoon.length === 0 ? (
              <p>No secondment ends in the next {ENDING_SOON_DAYS} days.</p>
            ) : (
              <ul className="plain-list">
                {view.endingSoon.map(({ member, end, daysLeft }) => (
                  <li key={member.id}>
                    <PersonLink member={member} /> — ends {showDate(end)} (
                    {daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`})
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="quiet-heading">
            <h2 id="quiet-heading">Not involved in the last {INVOLVED_WITHIN_DAYS} days</h2>
            <p className="muted">
              No part in a case, a reflection session they attended or training they took part in since{' '}
              {showDate(involvedSince(today))}.
            </p>
            {view.notInvolved.length === 0 ? (
              <p>Everyone has taken part in something lately.</p>
            ) : (
              <ul className="plain-list">
                {view.notInvolved.map(({ member, lastActive }) => (
                  <li key={member.id}>
                    <PersonLink member={member} /> —{' '}
                    {lastActive
                      ? `last took part on ${showDate(lastActive)}`
                      : 'no part in anything recorded yet'}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="peripheral-heading">
            <h2 id="peripheral-heading">Part-time, seconded or based elsewhere ({view.peripheral.length})</h2>
            {view.peripheral.length === 0 ? (
              <p>
                Everyone is full-time, in the shared office every weekday and employed by the team’s own
                agencies.
              </p>
            ) : (
              <DataTable columns={['Name', 'Why they may miss out']}>
                {view.peripheral.map(({ member, reasons }) => (
                  <tr key={member.id}>
                    <th scope="row">
                      <PersonLink member={member} />
                    </th>
                    <td>
                      <ul className="tag-list">
                        {reasons.map((reason) => (
                          <li key={reason.kind} className="tag">
                            {reason.text}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </>
      )}
    </>
  );
}
