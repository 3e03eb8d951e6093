import { useEffect, useRef, useState } from 'react';
import { STOPPED, type StopwatchState } from '../../../../shared/reflection/timer';
import { hrefFor, navigate } from '../../../app/router/hashRoute';
import { PageHeader } from '../../../ui/PageHeader';
import { AgendaTimer } from './AgendaTimer';
import { CarriedActions } from '../sessions/CarriedActions';
import { DecisionsPanel } from '../sessions/DecisionsPanel';
import { NoteField } from '../sessions/NoteField';
import { NotFound } from '../NotFound';
import { QuickActionForm } from '../sessions/QuickActionForm';
import { SessionActions } from '../sessions/SessionActions';
import { useAltA } from '../sessions/useAltA';
import { useCarriedActions } from '../sessions/useCarriedActions';
import { useMembersById } from '../../../app/data/useMembersById';
import { useSessionParts } from '../sessions/useSessionParts';
import { useRecord } from '../../../app/data/useRecord';

/**
 * The facilitator's full-screen view: first what is still open from earlier sessions, then the agenda one item at
 * a time with its timer, notes typed live, actions captured with Alt+A, and decisions. Escape or the button
 * leaves it; every note is saved as it is typed, so leaving, a crash or the screen locking loses nothing.
 */
export function MeetingMode({ sessionId }: { sessionId: string }) {
  const session = useRecord('reflectionSessions', sessionId);
  const parts = useSessionParts(sessionId);
  const carried = useCarriedActions(session);
  const names = useMembersById();
  // -1 is the step for actions from earlier sessions; 0… are agenda items.
  const [step, setStep] = useState(-1);
  const [timers, setTimers] = useState<ReadonlyMap<string, StopwatchState>>(new Map());
  const actionInput = useRef<HTMLInputElement>(null);
  useAltA(actionInput);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) navigate('reflection', 'session', sessionId);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [sessionId]);

  if (session === undefined || parts === undefined) return <p>Loading the session…</p>;
  if (session === null) return <NotFound what="This session" />;
  const items = parts.items;
  const item = step >= 0 ? items[step] : undefined;
  const lastStep = items.length - 1;
  const stepName = step < 0 ? 'Open actions from earlier sessions' : `Item ${step + 1} of ${items.length}`;

  return (
    <div className="meeting-mode">
      <div className="meeting-mode__top">
        <PageHeader title={session.title}>
          <a className="button button--secondary" href={hrefFor('reflection', 'session', session.id)}>
            Leave meeting mode
          </a>
        </PageHeader>
        <p className="meeting-mode__step">
          {stepName} <span className="field__hint">· Esc leaves · Alt+A adds an action</span>
        </p>
      </div>
      <div className="meeting-mode__body">
        {step < 0 ? (
          <CarriedActions carried={carried ?? []} names={names} />
        ) : item ? (
          // Keyed by item, so the timer and the notes start afresh for each agenda item.
          <section key={item.id} aria-labelledby="meeting-item-heading" className="meeting-item">
            <h2 id="meeting-item-heading">{item.prompt}</h2>
            {item.guidance && <p className="meeting-item__guidance">{item.guidance}</p>}
            <AgendaTimer
              label="Timer"
              minutes={item.minutes}
              state={timers.get(item.id) ?? STOPPED}
              onChange={(state) => setTimers(new Map([...timers, [item.id, state]]))}
            />
            <NoteField item={item} label="Notes" rows={10} />
          </section>
        ) : (
          <p>The agenda is empty. Leave meeting mode to add prompts.</p>
        )}
        <nav className="button-row" aria-label="Agenda">
          <button
            type="button"
            className="button button--secondary"
            disabled={step < 0}
            onClick={() => setStep(step - 1)}
          >
            Previous
          </button>
          <button
            type="button"
            className="button"
            disabled={step >= lastStep}
            onClick={() => setStep(step + 1)}
          >
            {step < 0 ? 'Start the agenda' : 'Next item'}
          </button>
        </nav>
        <section aria-labelledby="meeting-actions-heading" className="reflection-block">
          <h2 id="meeting-actions-heading">Actions agreed in this session</h2>
          <SessionActions actions={parts.actions} names={names} />
          <QuickActionForm sessionId={session.id} inputRef={actionInput} />
        </section>
        <DecisionsPanel
          sessionId={session.id}
          decisions={parts.decisions}
          procedureId={session.procedureId}
        />
      </div>
    </div>
  );
}
