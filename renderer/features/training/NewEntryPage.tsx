import type { Member } from '../../../shared/domain/directory';
import { emptyDraft, type EntryDraft } from '../../../shared/training/entryForm';
import { formatHours } from '../../../shared/training/record';
import { usePerson } from '../../app/team/usePerson';
import { useCurrentMembers } from '../../app/data/useCurrentMembers';
import { PageHeader } from '../../ui/PageHeader';
import { EntryForm } from './EntryForm';
import { TrainingNav } from './TrainingNav';

import { useSessionForTraining, type SessionForTraining } from './useSessionForTraining';
import { todayIso } from '../../../shared/dates';

interface NewEntryPageProps {
  planned: boolean;
  /** From `#/training/new?fromSession=<id>`: the reflection session this learning came from. */
  fromSessionId: string | null;
}

function draftFromSession(session: SessionForTraining, today: string): EntryDraft {
  return {
    ...emptyDraft(today),
    title: `Reflection session: ${session.title}`,
    type: 'informal',
    // A session planned for later is logged once it is held; the form refuses a future date with a message.
    date: session.date,
    hours: session.hours === null ? '' : formatHours(session.hours),
  };
}

export function NewEntryPage({ planned, fromSessionId }: NewEntryPageProps) {
  const person = usePerson();
  const members = useCurrentMembers();
  const session = useSessionForTraining(fromSessionId);
  const title = planned ? 'Plan training' : 'Log training';
  if (members === undefined || session === undefined) {
    return <PageHeader title={title} />;
  }
  const today = todayIso();
  const chosen: Member[] = person ? members.filter((member) => member.id === person.id) : [];
  const initial = session ? draftFromSession(session, today) : emptyDraft(today);
  return (
    <>
      <PageHeader title={title} />
      <TrainingNav current={planned ? 'planned' : 'log'} />
      {fromSessionId !== null && session === null && (
        <p>
          The reflection session this came from is no longer in the team's records, so nothing was filled in.
        </p>
      )}
      <EntryForm
        key={session?.id ?? 'blank'}
        mode={{ kind: 'new', status: planned ? 'planned' : 'done', sessionId: session?.id ?? null }}
        initial={initial}
        initialAttendees={session ? chosen.map((member) => member.id) : []}
        members={members}
        session={session}
      />
    </>
  );
}
