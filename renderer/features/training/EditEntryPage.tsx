import { hrefFor } from '../../app/router/hashRoute';
import { useCurrentMembers } from '../../app/data/useCurrentMembers';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { EntryForm, draftFromEntry } from './EntryForm';
import { TrainingNav } from './TrainingNav';
import { useMembers } from '../../app/data/useMembers';
import { useTrainingEntries } from './useTrainingEntries';
import { useLiveRows } from '../../app/data/useLiveRows';

export function EditEntryPage({ entryId }: { entryId: string }) {
  const entries = useTrainingEntries();
  const attendance = useLiveRows('trainingAttendance');
  const allMembers = useMembers();
  const activeMembers = useCurrentMembers();
  if (!entries || !attendance || !allMembers || !activeMembers) return <PageHeader title="Change training" />;
  const entry = entries.find((candidate) => candidate.id === entryId);
  if (!entry) {
    return (
      <NotFoundPage title="Training not found" heading="This training is not in the log">
        It may have been removed. <a href={hrefFor('training')}>Back to the training log</a>
      </NotFoundPage>
    );
  }
  const rows = attendance.filter((row) => row.entryId === entry.id);
  const activeIds = new Set(activeMembers.map((member) => member.id));
  const members = [
    ...activeMembers,
    ...allMembers.filter(
      (member) => !activeIds.has(member.id) && rows.some((row) => row.memberId === member.id),
    ),
  ];
  return (
    <>
      <PageHeader title={`Change: ${entry.title}`} />
      <TrainingNav current={entry.status === 'planned' ? 'planned' : 'log'} />
      <EntryForm
        mode={{ kind: 'edit', entry, rows }}
        initial={draftFromEntry(entry)}
        initialAttendees={rows.map((row) => row.memberId)}
        members={members}
      />
    </>
  );
}
