import { useState } from 'react';
import type { SessionDecision } from '../../../../shared/domain/reflection';
import { useWriter } from '../../../app/team/useWriter';
import { WriteError } from '../../../db/writer';
import { useOneAtATime } from '../../../ui/forms/useOneAtATime';
import { addDecision, removeDecision } from './sessionCommands';
import { useProcedureTitles } from './useProcedureTitles';
import { TextField } from '../../../ui/forms/TextField';

interface DecisionsPanelProps {
  sessionId: string;
  decisions: readonly SessionDecision[];
  /** The procedure a review session is about: new decisions propose a change to it. */
  procedureId: string | null;
}

/**
 * The decisions a session agreed, and a one-line form to record another. Not a FormFrame: in a meeting, focus stays
 * on the line after each save and a refusal is said beside it, not in an error summary at the top of the page.
 */
export function DecisionsPanel({ sessionId, decisions, procedureId }: DecisionsPanelProps) {
  const writer = useWriter();
  const procedures = useProcedureTitles();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { run } = useOneAtATime();
  const titleOf = (id: string | null) => procedures?.find((procedure) => procedure.id === id)?.title;

  return (
    <section aria-labelledby="decisions-heading" className="reflection-block">
      <h2 id="decisions-heading">Decisions</h2>
      {decisions.length === 0 ? (
        <p>No decisions recorded yet.</p>
      ) : (
        <ul className="decision-list">
          {decisions.map((decision) => (
            <li key={decision.id}>
              {decision.text}
              {decision.proposesProcedureId && (
                <span className="field__hint">
                  {' '}
                  (proposes a change to {titleOf(decision.proposesProcedureId) ?? 'a procedure'})
                </span>
              )}{' '}
              <button
                type="button"
                className="button button--quiet no-print"
                aria-label={`Remove decision: ${decision.text}`}
                onClick={() => void removeDecision(writer, decision.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        className="no-print"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') {
            setError('Enter the decision before saving it.');
            return;
          }
          void run(() =>
            addDecision(writer, sessionId, text.trim(), procedureId).then(
              () => {
                setText('');
                setError(null);
              },
              (caught: unknown) =>
                setError(caught instanceof WriteError ? caught.message : 'The decision could not be saved.'),
            ),
          );
        }}
      >
        <TextField
          id={`decision-${sessionId}`}
          label="New decision"
          value={text}
          onChange={setText}
          error={error ?? undefined}
        />
        <button type="submit" className="button button--secondary">
          Save decision
        </button>
      </form>
    </section>
  );
}
