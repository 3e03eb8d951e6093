import type { SessionDecision } from '../../../../shared/domain/reflection';
import { useWriter } from '../../../app/team/useWriter';
import { addDecision, removeDecision } from './sessionCommands';
import { useProcedureTitles } from './useProcedureTitles';
import { OneLineForm } from './OneLineForm';

interface DecisionsPanelProps {
  sessionId: string;
  decisions: readonly SessionDecision[];
  /** The procedure a review session is about: new decisions propose a change to it. */
  procedureId: string | null;
}

/** The decisions a session agreed, and a one-line form to record another. */
export function DecisionsPanel({ sessionId, decisions, procedureId }: DecisionsPanelProps) {
  const writer = useWriter();
  const procedures = useProcedureTitles();
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
      <OneLineForm
        id={`decision-${sessionId}`}
        label="New decision"
        submitLabel="Save decision"
        emptyMessage="Enter the decision before saving it."
        failedMessage="The decision could not be saved."
        onSave={(text) => addDecision(writer, sessionId, text, procedureId)}
      />
    </section>
  );
}
