import { useState } from 'react';
import { addDays, parseISO } from 'date-fns';
import type { Action } from '../../../../shared/domain/cases';
import { isOverdue, overdueByAgency, overdueByOwner, sortByDue } from '../../../../shared/outcomes/myWork';
import { hrefFor } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { PageHeader } from '../../../ui/PageHeader';

import { useAgencies } from '../../../app/data/useAgencies';
import { useMembersById } from '../../../app/data/useMembersById';
import { useMyWork, type MyWork } from './useMyWork';
import '../cases.css';
import { isoDay, showDate, todayIso } from '../../../../shared/dates';

const REVIEW_DAYS = 14;

function Place({ action, work }: { action: Action; work: MyWork }) {
  const place = work.placeOf(action);
  if (!place) return null;
  return place.kind === 'case' ? (
    <a href={hrefFor('board', 'case', place.id)}>{place.label}</a>
  ) : (
    <a href={hrefFor('reflection', 'session', place.id)}>Reflection session: {place.label}</a>
  );
}

function ActionLine({ action, work, today }: { action: Action; work: MyWork; today: string }) {
  const overdue = isOverdue(action, today);
  return (
    <li className={`case-list__item${overdue ? ' case-list__item--overdue' : ''}`}>
      <p className="case-list__title">
        {overdue && <strong className="tag tag--error case-tag-gap">Overdue</strong>}
        {action.text}
      </p>
      <p className="case-muted">
        Due {showDate(action.dueDate, 'no date set')} · <Place action={action} work={work} />
      </p>
    </li>
  );
}

/** One owner's overdue actions, listed only once opened: a large team can have thousands. */
function OwnerGroup({
  name,
  actions,
  work,
  today,
}: {
  name: string;
  actions: Action[];
  work: MyWork;
  today: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="work-group" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {name}: {actions.length} overdue
      </summary>
      {open && (
        <ul className="case-list">
          {actions.map((action) => (
            <ActionLine key={action.id} action={action} work={work} today={today} />
          ))}
        </ul>
      )}
    </details>
  );
}

export function MyWorkPage() {
  const person = usePerson();
  const today = todayIso();
  const limit = isoDay(addDays(parseISO(today), REVIEW_DAYS));
  const work = useMyWork(person?.id ?? '', today, limit);
  const members = useMembersById();
  const agencies = useAgencies();

  return (
    <>
      <p className="no-print case-page__back">
        <a href={hrefFor('board')}>Back to the board</a> ·{' '}
        <a href={hrefFor('board', 'outcomes')}>Does it make a difference</a>
      </p>
      <PageHeader title="My work and the team’s" />
      {!work || !members || !agencies ? (
        <p role="status">Gathering the work…</p>
      ) : (
        <WorkLists work={work} today={today} members={[...members.values()]} agencies={agencies} />
      )}
    </>
  );
}

function WorkLists({
  work,
  today,
  members,
  agencies,
}: {
  work: MyWork;
  today: string;
  members: Parameters<typeof overdueByAgency>[1] & Parameters<typeof overdueByOwner>[1];
  agencies: readonly { id: string; name: string }[];
}) {
  const mine = sortByDue(work.mine);
  const byOwner = overdueByOwner(work.teamOverdue, members, today);
  const byAgency = overdueByAgency(work.teamOverdue, members, agencies, today);
  const overdueMine = mine.filter((action) => isOverdue(action, today)).length;

  return (
    <>
      <section aria-labelledby="mine-heading" className="case-section">
        <h2 id="mine-heading">My actions</h2>
        <p>
          {mine.length === 0
            ? 'You have no open actions.'
            : `${mine.length} open ${mine.length === 1 ? 'action' : 'actions'}, ${overdueMine} overdue. From cases and reflection sessions, soonest first.`}
        </p>
        <ul className="case-list">
          {mine.map((action) => (
            <ActionLine key={action.id} action={action} work={work} today={today} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="reviews-heading" className="case-section">
        <h2 id="reviews-heading">Reviews due in the next {REVIEW_DAYS} days</h2>
        {work.reviews.length === 0 ? (
          <p>No reviews are due or overdue.</p>
        ) : (
          <ul className="case-list">
            {work.reviews.map((row) => {
              const late = row.nextReviewDate !== null && row.nextReviewDate < today;
              return (
                <li key={row.id} className={`case-list__item${late ? ' case-list__item--overdue' : ''}`}>
                  {late && <strong className="tag tag--error case-tag-gap">Overdue</strong>}
                  <a href={hrefFor('board', 'case', row.id)}>
                    {row.reference} {row.displayName}
                  </a>{' '}
                  — review {late ? 'was due' : 'due'} {showDate(row.nextReviewDate)}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="team-overdue-heading" className="case-section">
        <h2 id="team-overdue-heading">The team’s overdue actions</h2>
        <p>
          {work.teamOverdue.length === 0
            ? 'No actions are overdue.'
            : `${work.teamOverdue.length} overdue in all.`}
        </p>
        {byAgency.length > 0 && (
          <table className="data-table work-group">
            <caption>Overdue actions by agency</caption>
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col">Overdue actions</th>
              </tr>
            </thead>
            <tbody>
              {byAgency.map((group) => (
                <tr key={group.key ?? 'none'}>
                  <td>{group.name}</td>
                  <td>{group.actions.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>By owner</h3>
        {byOwner.map((group) => (
          <OwnerGroup
            key={group.key ?? 'none'}
            name={group.name}
            actions={group.actions}
            work={work}
            today={today}
          />
        ))}
      </section>
    </>
  );
}
