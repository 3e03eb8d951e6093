import type { Member } from '../../../../shared/domain/directory';
import { useState } from 'react';
import { useWriter } from '../../../app/team/useWriter';
import { WriteError } from '../../../db/writer';
import { dropAction, markActionDone } from './sessionCommands';
import type { CarriedAction } from './useCarriedActions';
import { nameOf } from '../reflectionWords';
import { showDate } from '../../../../shared/dates';
import { Banner } from '../../../ui/Banner';
import { CarryForwardForm } from './CarryForwardForm';

interface CarriedActionsProps {
  carried: readonly CarriedAction[];
  names: ReadonlyMap<string, Member> | undefined;
  headingLevel?: 2 | 3;
}

/**
 * Open actions from earlier sessions, each to be marked done, carried forward (it stays open and shows next time)
 * or dropped with a reason.
 */
export function CarriedActions({ carried, names, headingLevel = 2 }: CarriedActionsProps) {
  const Heading = `h${headingLevel}` as const;
  const [carriedIds, setCarriedIds] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="carried-heading" className="reflection-block">
      <Heading id="carried-heading">Still open from earlier sessions</Heading>
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {carried.length === 0 ? (
        <p>Nothing is waiting from earlier sessions.</p>
      ) : (
        <ul className="action-list">
          {carried.map(({ action, from }) => (
            <CarriedRow
              key={action.id}
              id={action.id}
              text={action.text}
              dueDate={action.dueDate}
              owner={nameOf(names, action.ownerId)}
              due={showDate(action.dueDate, '')}
              from={from ? `${from.title}, ${showDate(from.date)}` : 'an earlier session'}
              carriedForward={carriedIds.has(action.id)}
              onCarry={(dueDate) => {
                setCarriedIds(new Set([...carriedIds, action.id]));
                setMessage(
                  `“${action.text}” stays open, due ${showDate(dueDate)}, and will show at the next session.`,
                );
              }}
              onMessage={setMessage}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface CarriedRowProps {
  id: string;
  text: string;
  dueDate: string | null;
  owner: string;
  due: string;
  from: string;
  carriedForward: boolean;
  onCarry: (dueDate: string) => void;
  onMessage: (message: string) => void;
}

function CarriedRow(props: CarriedRowProps) {
  const { id, text, dueDate, owner, due, from, carriedForward, onCarry, onMessage } = props;
  const writer = useWriter();
  const [dropping, setDropping] = useState(false);
  const [carrying, setCarrying] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      onMessage(done);
    } catch (caught) {
      setError(caught instanceof WriteError ? caught.message : 'That could not be saved. Try again.');
    }
  };

  return (
    <li className="action-list__item">
      <p className="action-list__text">{text}</p>
      <p className="action-list__meta">
        {owner ? `Owner: ${owner}` : 'No owner yet'}
        {due && ` · Due ${due}`} · Agreed at {from}
        {carriedForward && (
          <>
            {' '}
            <span className="tag">Carried forward</span>
          </>
        )}
      </p>
      {error && (
        <Banner tone="error" live>
          {error}
        </Banner>
      )}
      {carrying ? (
        <CarryForwardForm
          id={id}
          text={text}
          dueDate={dueDate}
          onCancel={() => {
            setCarrying(false);
            focusLater(`carry-${id}`);
          }}
          onSaved={(chosen) => {
            setCarrying(false);
            onCarry(chosen);
            focusLater(`carry-${id}`);
          }}
        />
      ) : dropping ? (
        <form
          noValidate
          className="drop-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === '') {
              setError('Say why the action is being dropped.');
              return;
            }
            void act(() => dropAction(writer, id, reason), `“${text}” dropped.`);
          }}
        >
          <div className="field">
            <label htmlFor={`drop-reason-${id}`}>Why drop “{text}”?</label>
            <input
              id={`drop-reason-${id}`}
              value={reason}
              autoFocus
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--warning">
              Drop action
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDropping(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-label={`Done: ${text}`}
            onClick={() => void act(() => markActionDone(writer, id), `“${text}” marked done.`)}
          >
            Done
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-label={`Carry forward: ${text}`}
            id={`carry-${id}`}
            onClick={() => setCarrying(true)}
          >
            Carry forward
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Drop with a reason: ${text}`}
            onClick={() => setDropping(true)}
          >
            Drop…
          </button>
        </div>
      )}
    </li>
  );
}

/** Once the form has gone and the row's buttons are back, focus returns to the one that opened it. */
function focusLater(elementId: string): void {
  requestAnimationFrame(() => document.getElementById(elementId)?.focus());
}
