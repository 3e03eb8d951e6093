import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

interface NotFoundPageProps {
  /** The page's h1: "Aim not found". */
  title: string;
  /** What happened, as the empty state's heading: "This aim is no longer here". */
  heading: string;
  /** What stands between the h1 and the empty state: the section's navigation. */
  nav?: ReactNode;
  /** Why it may be gone and where to go instead, as one paragraph. */
  children?: ReactNode;
}

/** The page a record's address shows when the record is not there: removed, or not yet on this PC. */
export function NotFoundPage({ title, heading, nav, children }: NotFoundPageProps) {
  return (
    <>
      <PageHeader title={title} />
      {nav}
      <EmptyState title={heading}>{children !== undefined && <p>{children}</p>}</EmptyState>
    </>
  );
}
