import { useMemo, useState } from 'react';
import { WEEKDAYS, WEEKDAY_LABELS, type Member, type Weekday } from '../../../../shared/domain/directory';
import { whoIsIn, weekdayOf } from '../../../../shared/people/inToday';
import { SelectField } from '../../../ui/forms/SelectField';
import { PageHeader } from '../../../ui/PageHeader';
import { MemberLinks } from '../MemberLinks';
import { PeopleNav } from '../PeopleNav';
import { todayIso } from '../../../../shared/dates';
import { useMembers } from '../../../app/data/useMembers';

function People({ members }: { members: readonly Member[] }) {
  return (
    <MemberLinks
      members={members}
      note={(member) => member.desk && <span className="muted"> · {member.desk}</span>}
    />
  );
}

/** Who is expected in the shared office today (or on another weekday), from their usual office days. */
export function WhoIsInPage() {
  const members = useMembers();
  const today = weekdayOf(todayIso());
  const [day, setDay] = useState<Weekday | null>(today);
  const result = useMemo(() => whoIsIn(members ?? [], day), [members, day]);
  const dayName =
    day === null ? 'today' : day === today ? `today (${WEEKDAY_LABELS[day]})` : `on ${WEEKDAY_LABELS[day]}`;
  return (
    <>
      <PageHeader title="Who is in today" />
      <PeopleNav current="today" />
      <SelectField
        id="in-day"
        label="Show the day"
        value={day ?? ''}
        emptyLabel={today === null ? 'Today (the weekend)' : undefined}
        options={WEEKDAYS.map((value) => ({
          value,
          label: value === today ? `${WEEKDAY_LABELS[value]} (today)` : WEEKDAY_LABELS[value],
        }))}
        onChange={(value) => setDay(WEEKDAYS.find((weekday) => weekday === value) ?? null)}
      />
      {members && day === null && (
        <p>It is the weekend: nobody is expected in the office. Choose a weekday to see its pattern.</p>
      )}
      {members && day !== null && (
        <>
          <h2>
            {result.inOffice.length} {result.inOffice.length === 1 ? 'person is' : 'people are'} usually in{' '}
            {dayName}
          </h2>
          {result.inOffice.length > 0 ? (
            <People members={result.inOffice} />
          ) : (
            <p>Nobody usually works in the office on this day.</p>
          )}
          {result.onLeave.length > 0 && (
            <>
              <h2>On leave, so not expected</h2>
              <People members={result.onLeave} />
            </>
          )}
          <p className="muted">
            Based on each person’s usual days in the office; it does not know about one-off changes.
          </p>
        </>
      )}
    </>
  );
}
