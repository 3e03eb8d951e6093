import type { ReactNode } from 'react';

/** What a screen says when it has nothing to show yet, and what the person can do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
