import type { ReactNode } from 'react';

/** One row of a GOV.UK-style summary list. */
export function SummaryRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
