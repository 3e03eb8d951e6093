import { useState, type ReactNode } from 'react';
import type { Member } from '../../../shared/domain/directory';
import {
  TRAINING_TYPE_LABELS,
  type TrainingAttendance,
  type TrainingEntry,
} from '../../../shared/domain/training';
import { formatHours } from '../../../shared/training/record';
import { hrefFor, navigate } from '../../app/router/hashRoute';
import { useTeam } from '../../app/team/useTeam';
import { useTeamMembers } from '../../app/team/useTeamMembers';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { RemoveButton } from '../../ui/RemoveButton';
import { RecordHistory } from '../access/RecordHistory';
import { RecordClashes } from '../sync/RecordClashes';
import { professionOf } from './AttendeePicker';
import { MarkAttendanceForm } from './MarkAttendanceForm';
import { MyReflectionForm } from './MyReflectionForm';
import { TrainingNav } from './TrainingNav';
import { removeTraining } from './trainingCommands';
import { showDate } from './today';
import { useAllMembers } from './useAllMembers';
import { useTrainingAttendance } from './useTrainingAttendance';
import { useTrainingEntries } from './useTrainingEntries';

function attendanceWord(row: TrainingAttendance): string {
  if (row.attended === true) return 'Attended';
  if (row.attended === false) return 'Did not attend';
  return 'Invited';
}

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
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
    <dl className="summary-list">
      <SummaryRow label="Type">{TRAINING_TYPE_LABELS[entry.type]}</SummaryRow>
      <SummaryRow label="Date">
        {showDate(entry.date)}
        {entry.status === 'planned' && ' (planned)'}
      </SummaryRow>
      <SummaryRow label="Hours">
        {formatHours(entry.hours)} hours, of which {formatHours(entry.participatoryHours)} participatory
      </SummaryRow>
      <SummaryRow label="Provider">{entry.provider || 'Not recorded'}</SummaryRow>
      <SummaryRow label={entry.status === 'planned' ? 'Invited' : 'People from the team'}>
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
      <SummaryRow label="People from outside the team">{external || 'None recorded'}</SummaryRow>
      <SummaryRow label="What was learnt">{entry.learnt || 'Not written yet'}</SummaryRow>
      <SummaryRow label="How it changed practice">{entry.changedPractice || 'Not written yet'}</SummaryRow>
      {entry.peerReflectionWith && (
        <SummaryRow label="Peer reflection">
          With {entry.peerReflectionWith}. {entry.peerReflectionOutcome}
        </SummaryRow>
      )}
      {entry.sessionId && (
        <SummaryRow label="Came from">
          <a href={hrefFor('reflection', 'session', entry.sessionId)}>a reflection session</a>
        </SummaryRow>
      )}
    </dl>
  );
}

/** One training entry: its details, the people on it, the signed-in person's own reflection, and attendance. */
export function EntryPage({ entryId }: { entryId: string }) {
  const { person } = useTeam();
  const writer = useWriter();
  const entries = useTrainingEntries();
  const attendance = useTrainingAttendance();
  const allMembers = useAllMembers();
  const activeMembers = useTeamMembers();
  const [removed, setRemoved] = useState(false);
  if (!entries || !attendance || !allMembers || !activeMembers) return <PageHeader title="Training" />;
  const entry = entries.find((candidate) => candidate.id === entryId);
  if (!entry) {
    return (
      <>
        <PageHeader title="Training not found" />
        <TrainingNav current={null} />
        <EmptyState title={removed ? 'Removed from the log' : 'This training is not in the log'}>
          <p>
            It may have been removed. Removed entries can be brought back from Recently deleted.{' '}
            <a href={hrefFor('training')}>Back to the training log</a>
          </p>
        </EmptyState>
      </>
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
