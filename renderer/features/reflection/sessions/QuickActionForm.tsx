import { useState, type RefObject } from 'react';
import { useCurrentMembers } from '../../../app/data/useCurrentMembers';
import { useWriter } from '../../../app/team/useWriter';
import { WriteError } from '../../../db/writer';
import { useOneAtATime } from '../../../ui/forms/useOneAtATime';
import { addSessionAction } from './sessionCommands';
import { Field } from '../../../ui/forms/Field';
import { PassedDateQuestion } from '../../../ui/forms/PassedDateQuestion';
import { hasPassed, todayIso } from '../../../../shared/dates';

interface QuickActionFormProps {
  sessionId: string;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * One line to capture an agreed action: what, who and by when; Enter saves and the line is ready for the next.
 * Not a FormFrame: in a meeting, focus stays on the line after each save and a refusal is said beside it, where
 * FormFrame's error summary would take focus to the top of the page mid-meeting.
 */
export function QuickActionForm({ sessionId, inputRef }: QuickActionFormProps) {
  const writer = useWriter();
  const members = useCurrentMembers();
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // The passed due date the person was asked about, and the one they agreed to save.
  const [asking, setAsking] = useState(false);
  const [agreed, setAgreed] = useState<string | null>(null);
  const { run } = useOneAtATime();
  const dueId = `action-due-${sessionId}`;

  const submit = async (confirmed = agreed) => {
    if (text.trim() === '') {
      setError('Enter the action before saving it.');
      inputRef.current?.focus();
      return;
    }
    if (dueDate !== '' && hasPassed(dueDate, todayIso()) && confirmed !== dueDate) {
      setAsking(true);
      return;
    }
    setAsking(false);
    setAgreed(null);
    try {
      await addSessionAction(writer, sessionId, {
        text: text.trim(),
        ownerId: ownerId || null,
        dueDate: dueDate || null,
      });
      setSaved(`Action saved: ${text.trim()}`);
      setText('');
      setOwnerId('');
      setDueDate('');
      setError(null);
      inputRef.current?.focus();
    } catch (caught) {
      setError(caught instanceof WriteError ? caught.message : 'The action could not be saved. Try again.');
    }
  };

  return (
    <form
      className="quick-action no-print"
      aria-label="Add an action"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(submit);
      }}
    >
      <Field
        id={`action-text-${sessionId}`}
        className="quick-action__text"
        label={
          <>
            New action <span className="field__hint">(Alt+A to jump here, Enter to save)</span>
          </>
        }
        error={error ?? undefined}
      >
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            value={text}
            aria-keyshortcuts="Alt+A"
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <div className="field">
        <label htmlFor={`action-owner-${sessionId}`}>Owner</label>
        <select
          id={`action-owner-${sessionId}`}
          value={ownerId}
          onChange={(event) => setOwnerId(event.target.value)}
        >
          <option value="">No owner yet</option>
          {(members ?? []).map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={dueId}>Due</label>
        <input id={dueId} type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
      </div>
      {asking ? (
        <PassedDateQuestion
          dates={[{ id: dueId, label: 'Due', date: dueDate }]}
          onYes={() => {
            setAgreed(dueDate);
            void run(() => submit(dueDate));
          }}
          onNo={() => setAsking(false)}
        />
      ) : (
        <button type="submit" className="button">
          Save action
        </button>
      )}
      <p className="visually-hidden" role="status">
        {saved}
      </p>
    </form>
  );
}
