import { format, parseISO } from 'date-fns';
import { showDateTime } from '../../../../shared/dates';
import { can } from '../../../../shared/domain/roles';
import { hrefFor } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import type { ReviewItem } from '../../../db/forReview';
import { Banner } from '../../../ui/Banner';
import { PageHeader } from '../../../ui/PageHeader';
import { useActionMessage } from '../../../ui/useActionMessage';
import { markChangeReviewed } from '../accessCommands';
import { BackToSettings } from '../BackToSettings';
import { useForReview } from './useForReview';
import '../access.css';

/**
 * Changes that came from other PCs although their makers were not allowed to make them: kept, so every PC ends with
 * the same records, and listed here for a team leader to look at and put right if needed.
 */
export function ReviewPage() {
  const person = usePerson();
  const writer = useWriter();
  const items = useForReview();
  const { message, run } = useActionMessage();
  const mayReview = can(person, 'review-changes');
  const waiting = items?.filter((item) => item.reviewedAt === null) ?? [];
  const reviewed = items?.filter((item) => item.reviewedAt !== null) ?? [];

  return (
    <>
      <PageHeader title="Changes for a leader to review" />
      <BackToSettings />
      <p>
        When a file from another PC carries a change its maker was not allowed to make (for example removing a
        colleague’s chronology entry), Joined Up still keeps the change, so that every PC holds the same
        records, and lists it here. A team leader looks at each one, talks to the person if needed, and puts
        it right: anything removed can be brought back from Recently deleted.
      </p>
      {!mayReview && <p>Only a team leader can mark these as reviewed.</p>}
      {message && (
        <Banner tone={message.tone} live>
          {message.text}
        </Banner>
      )}
      <h2>Waiting for a leader</h2>
      {items === undefined ? (
        <p role="status">Loading…</p>
      ) : waiting.length === 0 ? (
        <p>Nothing is waiting to be reviewed.</p>
      ) : (
        <ul className="review-list">
          {waiting.map((item) => (
            <li key={item.auditId} className="review-list__item">
              <ReviewText item={item} />
              {mayReview && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    void run(() => markChangeReviewed(writer, item.auditId), 'Marked as reviewed.')
                  }
                >
                  Mark as reviewed
                  <span className="visually-hidden">
                    : {item.personName} {item.reason}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {reviewed.length > 0 && (
        <>
          <h2>Already reviewed</h2>
          <ul className="review-list">
            {reviewed.map((item) => (
              <li key={item.auditId} className="review-list__item">
                <ReviewText item={item} />
                <p className="muted">
                  Reviewed by {item.reviewedBy} on{' '}
                  {item.reviewedAt ? format(parseISO(item.reviewedAt), 'd MMMM yyyy') : ''}.
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function ReviewText({ item }: { item: ReviewItem }) {
  return (
    <>
      <p>
        <strong>{item.personName || 'Someone not named'}</strong> {item.reason}.
      </p>
      <p className="muted">
        On {showDateTime(item.at)}, on PC {item.deviceId}; brought in here on{' '}
        {format(parseISO(item.receivedAt), 'd MMMM yyyy')}.
        {item.caseId && (
          <>
            {' '}
            <a href={hrefFor('board', 'case', item.caseId)}>Open the case</a>.
          </>
        )}
      </p>
    </>
  );
}
