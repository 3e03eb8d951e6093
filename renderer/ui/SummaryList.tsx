/**
 * GOV.UK's summary list: facts about one thing as term and value pairs, each row optionally with its own actions
 * (Change). The markup is a description list, so a screen reader says how many facts there are and pairs each
 * value with its term.
 */
import type { ReactNode } from 'react';

interface SummaryListProps {
  /** Extra classes: `summary-list--two` for a list with no actions column. */
  className?: string | undefined;
  children: ReactNode;
}

export function SummaryList({ className, children }: SummaryListProps) {
  return <dl className={className ? `summary-list ${className}` : 'summary-list'}>{children}</dl>;
}

interface SummaryRowProps {
  term: ReactNode;
  /** Classes for the value: `preserve-lines` or `case-text` for text written over several lines. */
  valueClassName?: string | undefined;
  /** Buttons or links that act on this fact, shown after the value. */
  actions?: ReactNode;
  children: ReactNode;
}

/** One fact of a summary list. */
export function SummaryRow({ term, valueClassName, actions, children }: SummaryRowProps) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd className={valueClassName}>{children}</dd>
      {actions !== undefined && <dd className="summary-list__actions">{actions}</dd>}
    </div>
  );
}
