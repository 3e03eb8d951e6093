import { useRef } from 'react';
import { TEMPLATE_KIND_LABELS } from '../../../../shared/domain/reflection';
import { hrefFor } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { PageHeader } from '../../../ui/PageHeader';
import { AgendaEditor } from './AgendaEditor';
import { AttendanceList } from './AttendanceList';
import { CarriedActions } from './CarriedActions';
import { DecisionsPanel } from './DecisionsPanel';
import { NotFound } from '../NotFound';
import { QuickActionForm } from './QuickActionForm';
import { SessionActions } from './SessionActions';
import { SessionDetailsForm } from './SessionDetailsForm';
import { nameOf } from '../reflectionWords';
import { updateSession } from './sessionCommands';
import { useAltA } from './useAltA';
import { useCarriedActions } from './useCarriedActions';
import { useCaseReferences } from './useCaseReferences';
import { useMembersById } from '../../../app/data/useMembersById';
import { useSessionParts } from './useSessionParts';
import { RecordHistory } from '../../access/history/RecordHistory';
import { useRecord } from '../../../app/data/useRecord';
import { showDate } from '../../../../shared/dates';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';

/** The training log's address for turning a session into a training record (the training module reads it). */
export function trainingHrefFor(sessionId: string): string {
  return `${hrefFor('training', 'new')}?fromSession=${encodeURIComponent(sessionId)}`;
}

/** A session's record: details, what is still open from before, who came, agenda with notes, decisions, actions. */
export function SessionPage({ sessionId }: { sessionId: string }) {
  const session = useRecord('reflectionSessions', sessionId);
  const parts = useSessionParts(sessionId);
  const carried = useCarriedActions(session);
  const names = useMembersById();
  const cases = useCaseReferences();
  const person = usePerson();
  const writer = useWriter();
  const actionInput = useRef<HTMLInputElement>(null);
  useAltA(actionInput);

  if (session === undefined || parts === undefined) return <p>Loading the session…</p>;
  if (session === null) return <NotFound what="This session" />;
  const attended = parts.attendance.some((row) => row.memberId === person?.id && row.status === 'attended');
  const caseReference = cases?.find((row) => row.id === session.caseId)?.reference;

  return (
    <>
      <PageHeader
        title={session.title}
        action={{
          label: 'Start meeting mode',
          href: hrefFor('reflection', 'session', session.id, 'meeting'),
        }}
      >
        <a
          className="button button--secondary"
          href={hrefFor('reflection', 'session', session.id, 'summary')}
        >
          Summary
        </a>
      </PageHeader>
      <p>
        <a href={hrefFor('reflection')}>All sessions</a>
      </p>
      <SummaryList>
        <SummaryRow term="Date">{showDate(session.date)}</SummaryRow>
        <SummaryRow term="Type">{TEMPLATE_KIND_LABELS[session.templateKind]}</SummaryRow>
        <SummaryRow term="Facilitator">{nameOf(names, session.facilitatorId) || 'Not recorded'}</SummaryRow>
        {session.caseId && (
          <SummaryRow term="Case">{caseReference ?? 'A case no longer on the board'}</SummaryRow>
        )}
        <SummaryRow term="Status">
          {session.status === 'held' ? 'Held' : 'Planned'}{' '}
          <button
            type="button"
            className="button button--quiet no-print"
            onClick={() =>
              void updateSession(writer, session.id, {
                status: session.status === 'held' ? 'planned' : 'held',
              })
            }
          >
            {session.status === 'held' ? 'Mark as planned' : 'Mark as held'}
          </button>
        </SummaryRow>
      </SummaryList>
      <SessionDetailsForm session={session} />
      {attended && (
        <p className="no-print">
          <a href={trainingHrefFor(session.id)}>Add to my training record</a>{' '}
          <span className="field__hint">(counts this session towards your learning and development)</span>
        </p>
      )}
      <CarriedActions carried={carried ?? []} names={names} />
      <AttendanceList sessionId={session.id} attendance={parts.attendance} />
      <AgendaEditor sessionId={session.id} items={parts.items} />
      <DecisionsPanel sessionId={session.id} decisions={parts.decisions} procedureId={session.procedureId} />
      <section aria-labelledby="actions-heading" className="reflection-block">
        <h2 id="actions-heading">Actions agreed</h2>
        <SessionActions actions={parts.actions} names={names} />
        <QuickActionForm sessionId={session.id} inputRef={actionInput} />
      </section>
      <RecordHistory table="reflectionSessions" record={session} />
    </>
  );
}
