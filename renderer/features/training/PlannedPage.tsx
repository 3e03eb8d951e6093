import { byEntry } from '../../../shared/training/attendance';
import { hrefFor } from '../../app/router/hashRoute';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { EntryTable } from './EntryTable';
import { TrainingNav } from './TrainingNav';

import { useTrainingEntries } from './useTrainingEntries';
import { useLiveRows } from '../../app/data/useLiveRows';
import { todayIso } from '../../../shared/dates';

/** Planned events: ones still to come, and ones that have happened and wait for attendance to be marked. */
export function PlannedPage() {
  const entries = useTrainingEntries();
  const attendance = useLiveRows('trainingAttendance');
  const today = todayIso();
  const planned = (entries ?? []).filter((entry) => entry.status === 'planned');
  const waiting = planned.filter((entry) => entry.date <= today).sort((a, b) => a.date.localeCompare(b.date));
  const ahead = planned.filter((entry) => entry.date > today).sort((a, b) => a.date.localeCompare(b.date));
  const rows = byEntry(attendance ?? []);
  return (
    <>
      <PageHeader title="Planned training">
        <a className="button" href={hrefFor('training', 'plan')}>
          Plan training
        </a>
      </PageHeader>
      <TrainingNav current="planned" />
      {entries && attendance && (
        <>
          {waiting.length > 0 && (
            <section aria-labelledby="waiting-heading">
              <h2 id="waiting-heading">Happened: mark who attended</h2>
              <EntryTable caption="Events that have happened" entries={waiting} attendance={rows} planned />
            </section>
          )}
          <section aria-labelledby="ahead-heading">
            <h2 id="ahead-heading">Coming up</h2>
            {ahead.length === 0 ? (
              <EmptyState title="Nothing planned">
                <p>Plan an event and invite people; afterwards, mark who came and it joins their records.</p>
              </EmptyState>
            ) : (
              <EntryTable
                caption="Events coming up, soonest first"
                entries={ahead}
                attendance={rows}
                planned
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
