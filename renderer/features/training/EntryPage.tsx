import { useState } from 'react';
import type { Member } from '../../../shared/domain/directory';
import {
  TRAINING_TYPE_LABELS,
  type TrainingAttendance,
  type TrainingEntry,
} from '../../../shared/domain/training';
import { formatHours } from '../../../shared/training/record';
import { hrefFor, navigate } from '../../app/router/hashRoute';
import { usePerson } from '../../app/team/usePerson';
import { useCurrentMembers } from '../../app/data/useCurrentMembers';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { RemoveButton } from '../../ui/RemoveButton';
import { RecordHistory } from '../access/history/RecordHistory';
import { RecordClashes } from '../sync/RecordClashes';
import { professionOf } from './AttendeePicker';
import { MarkAttendanceForm } from './MarkAttendanceForm';
import { MyReflectionForm } from './MyReflectionForm';
import { ReflectionRows } from './ReflectionRows';
import { TrainingNav } from './TrainingNav';
import { removeTraining } from './trainingCommands';

import { useMembers } from '../../app/data/useMembers';
import { useTrainingEntries } from './useTrainingEntries';
import { useLiveRows } from '../../app/data/useLiveRows';
import { showDate } from '../../../shared/dates';
import { SummaryList, SummaryRow } from '../../ui/SummaryList';

function attendanceWord(row: TrainingAttendance): string {
  if (row.attended === true) return 'Attended';
  if (row.attended === false) return 'Did not attend';
  return 'Invited';
}

function EntryDetails({
  entry,
  rows,
  people,
}: {
  entry: TrainingEntry;
  rows: TrainingAttendance[];
  people: Map<string, Member>;
}) {
  const external = entry.externalAttendees.map((row) => `${row.count} × ${row.profession}`).join(', ');
  return (
    <SummaryList>
      <SummaryRow term="Type">{TRAINING_TYPE_LABELS[entry.type]}</SummaryRow>
      <SummaryRow term="Date">
        {showDate(entry.date)}
        {entry.status === 'planned' && ' (planned)'}
      </SummaryRow>
      <SummaryRow term="Hours">
        {formatHours(entry.hours)} hours, of which {formatHours(entry.participatoryHours)} participatory
      </SummaryRow>
      <SummaryRow term="Provider">{entry.provider || 'Not recorded'}</SummaryRow>
      <SummaryRow term={entry.status === 'planned' ? 'Invited' : 'People from the team'}>
        <ul>
          {rows.map((row) => {
            const member = people.get(row.memberId);
            return (
              <li key={row.id}>
                <a href={hrefFor('training', 'record', row.memberId)}>
                  {member?.name ?? 'Someone no longer listed'}
                </a>
                {member ? ` — ${professionOf(member)}` : ''} ({attendanceWord(row)})
              </li>
            );
          })}
        </ul>
      </SummaryRow>
      <SummaryRow term="People from outside the team">{external || 'None recorded'}</SummaryRow>
      <ReflectionRows reflection={entry} />
      {entry.sessionId && (
        <SummaryRow term="Came from">
          <a href={hrefFor('reflection', 'session', entry.sessionId)}>a reflection session</a>
        </SummaryRow>
      )}
    </SummaryList>
  );
}

/** One training entry: its details, the people on it, the signed-in person's own reflection, and attendance. */
export function EntryPage({ entryId }: { entryId: string }) {
  const person = usePerson();
  const writer = useWriter();
  const entries = useTrainingEntries();
  const attendance = useLiveRows('trainingAttendance');
  const allMembers = useMembers();
  const activeMembers = useCurrentMembers();
  const [removed, setRemoved] = useState(false);
  if (!entries || !attendance || !allMembers || !activeMembers) return <PageHeader title="Training" />;
  const entry = entries.find((candidate) => candidate.id === entryId);
  if (!entry) {
    return (
      <NotFoundPage
        title="Training not found"
        heading={removed ? 'Removed from the log' : 'This training is not in the log'}
        nav={<TrainingNav current={null} />}
      >
        It may have been removed. Removed entries can be brought back from Recently deleted.{' '}
        <a href={hrefFor('training')}>Back to the training log</a>
      </NotFoundPage>
    );
  }
  const rows = attendance.filter((row) => row.entryId === entry.id);
  const people = new Map(allMembers.map((member) => [member.id, member]));
  const mine = rows.find((row) => row.memberId === person?.id && row.attended === true);
  const activeIds = new Set(activeMembers.map((member) => member.id));
  // People who have left since they were invited can still be marked as having come.
  const choosable = [
    ...activeMembers,
    ...allMembers.filter(
      (member) => !activeIds.has(member.id) && rows.some((row) => row.memberId === member.id),
    ),
  ];

  return (
    <>
      <PageHeader title={entry.title}>
        <a className="button button--secondary" href={hrefFor('training', 'entry', entry.id, 'edit')}>
          Change
        </a>
        <RemoveButton
          label="Remove from the log"
          question="Remove this training from the log?"
          onRemove={() => {
            setRemoved(true);
            return removeTraining(writer, entry.id);
          }}
          onRemoved={() => navigate('training')}
        >
          <p>
            “{entry.title}” will be taken off the training log and off the record of everyone who attended. It
            can be brought back from Recently deleted in Settings.
          </p>
        </RemoveButton>
      </PageHeader>
      <TrainingNav current={entry.status === 'planned' ? 'planned' : 'log'} />
      <RecordClashes
        table="trainingEntries"
        recordId={entry.id}
        fixHref={hrefFor('training', 'entry', entry.id, 'edit')}
      />
      {entry.status === 'planned' && (
        <Banner title="Planned">
          <p>This event is planned for {showDate(entry.date)}.</p>
        </Banner>
      )}
      <EntryDetails entry={entry} rows={rows} people={people} />
      {entry.status === 'planned' && <MarkAttendanceForm entry={entry} rows={rows} members={choosable} />}
      {mine && (
        <section aria-labelledby="my-reflection-heading">
          <h2 id="my-reflection-heading">My reflection</h2>
          <p>Your own words for your CPD record. Colleagues at the same training write theirs separately.</p>
          <MyReflectionForm row={mine} />
        </section>
      )}
      <RecordHistory table="trainingEntries" record={entry} />
    </>
  );
}
