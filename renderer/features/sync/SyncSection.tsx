import type { SectionProps } from '../../app/sections';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function SyncSection(_props: SectionProps) {
  return (
    <>
      <PageHeader title="Share and receive" />
      <EmptyState title="Nothing here yet">
        <p>
          This is where you will save the team’s work to a locked file for another PC or colleague, and bring
          in a file they sent you. Nobody’s work is lost when files are brought in.
        </p>
      </EmptyState>
    </>
  );
}
