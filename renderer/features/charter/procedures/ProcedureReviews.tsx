import { hrefFor, navigate } from '../../../app/router/hashRoute';
import { useWriter } from '../../../app/team/useWriter';

import { startNewVersion } from './procedureCommands';
import { useProcedureReviews } from './useProcedureReviews';
import { showDate } from '../../../../shared/dates';
import { useActionMessage } from '../../../ui/useActionMessage';
import { MessageBanner } from '../../../ui/MessageBanner';

/** Reflection sessions that reviewed this procedure, and decisions proposing a change, each able to start a draft. */
export function ProcedureReviews({ procedureId }: { procedureId: string }) {
  const reviews = useProcedureReviews(procedureId);
  const writer = useWriter();
  const { message, run } = useActionMessage();
  if (!reviews) return null;

  const startFrom = async (text: string) => {
    await run(
      async () => {
        const note = `Agreed in a reflection session: ${text}`;
        const { versionId } = await startNewVersion(writer, procedureId, note);
        navigate('charter', 'procedure', procedureId, 'version', versionId);
      },
      undefined,
      'The new version could not be started. Please try again.',
    );
  };

  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Reviews in reflection sessions</h2>
      <MessageBanner message={message} />
      {reviews.sessions.length === 0 ? (
        <p>No reflection session has reviewed this procedure yet.</p>
      ) : (
        <ul>
          {reviews.sessions.map((session) => (
            <li key={session.id}>
              <a href={hrefFor('reflection', 'session', session.id)}>{session.title}</a>,{' '}
              {showDate(session.date)}
            </li>
          ))}
        </ul>
      )}
      <h3>Changes proposed</h3>
      {reviews.decisions.length === 0 ? (
        <p>No decision has proposed a change yet.</p>
      ) : (
        <ul className="decision-list">
          {reviews.decisions.map(({ decision, session }) => (
            <li key={decision.id} className="card">
              <p className="preserve-lines">{decision.text}</p>
              <p className="muted">
                {session ? (
                  <>
                    Agreed at <a href={hrefFor('reflection', 'session', session.id)}>{session.title}</a>,{' '}
                    {showDate(session.date)}
                  </>
                ) : (
                  'The session it was agreed in is no longer here.'
                )}
              </p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void startFrom(decision.text)}
              >
                Start a new version from this decision
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
