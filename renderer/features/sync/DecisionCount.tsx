import { useDecisionCount } from './useDecisionCount';

/** Past this, the badge shows "99+": a bigger figure would widen the navigation, and says nothing more at a glance. */
const MOST_SHOWN = 99;

/** The badge's figure: the count, or "99+" beyond 99. */
export function shownCount(count: number): string {
  return count > MOST_SHOWN ? `${MOST_SHOWN}+` : String(count);
}

/** What a screen reader says after the link's name: always the exact count. */
export function decisionCountWords(count: number): string {
  return count === 1 ? '1 difference needs a decision' : `${count} differences need a decision`;
}

/** The badge itself, beside "Share and receive"; nothing when no difference waits. */
export function DecisionBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <>
      <span className="nav-count" aria-hidden="true">
        {shownCount(count)}
      </span>
      <span className="visually-hidden">, {decisionCountWords(count)}</span>
    </>
  );
}

/** Beside Share and receive in the navigation: how many differences wait for a person's decision on this PC. */
export function DecisionCount() {
  return <DecisionBadge count={useDecisionCount()} />;
}
