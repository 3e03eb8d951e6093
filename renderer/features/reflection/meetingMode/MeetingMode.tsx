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

/** Where typing happens: Escape there belongs to the field (closing a list, undoing a slip), not to the page. */
function isTypingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The facilitator's full-screen view: first what is still open from earlier sessions, then the agenda one item at
 * a time with its timer, notes typed live, actions captured with Alt+A, and decisions. The item under discussion,
 * its timer and the buttons to move on stay at the top of the screen while the notes, actions and decisions below
 * scroll. Escape (outside a field, so a note is never lost to a stray key) or the button leaves it; every note is
 * saved as it is typed, so leaving, a crash or the screen locking loses nothing.
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
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useAltA(actionInput);

  // After Start, Next or Previous, the new item is read out and shown from its top.
  useEffect(() => {
    if (!moved.current) return;
    stepHeading.current?.focus();
  }, [step]);
  const goTo = (next: number) => {
    moved.current = true;
    setStep(next);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTypingIn(event.target)) return;
      navigate('reflection', 'session', sessionId);
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
        {item ? (
          <div className="meeting-item">
            <h2 id="meeting-item-heading" ref={stepHeading} tabIndex={-1}>
              {item.prompt}
            </h2>
            {item.guidance && <p className="meeting-item__guidance">{item.guidance}</p>}
            <AgendaTimer
              key={item.id}
              label="Timer"
              minutes={item.minutes}
              state={timers.get(item.id) ?? STOPPED}
              onChange={(state) => setTimers(new Map([...timers, [item.id, state]]))}
            />
          </div>
        ) : (
          step >= 0 && (
            <h2 ref={stepHeading} tabIndex={-1}>
              The agenda is empty
            </h2>
          )
        )}
        <nav className="button-row" aria-label="Agenda">
          <button
            type="button"
            className="button button--secondary"
            disabled={step < 0}
            onClick={() => goTo(step - 1)}
          >
            Previous
          </button>
          <button type="button" className="button" disabled={step >= lastStep} onClick={() => goTo(step + 1)}>
            {step < 0 ? 'Start the agenda' : 'Next item'}
          </button>
        </nav>
      </div>
      <div className="meeting-mode__body">
        {step < 0 ? (
          <CarriedActions carried={carried ?? []} names={names} />
        ) : item ? (
          // Keyed by item, so the notes start afresh for each agenda item.
          <section key={item.id} aria-labelledby="meeting-item-heading" className="meeting-item__notes">
            <NoteField item={item} label="Notes" rows={10} />
          </section>
        ) : (
          <p>Leave meeting mode to add prompts.</p>
        )}
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
