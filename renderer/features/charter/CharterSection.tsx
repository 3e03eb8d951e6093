import type { SectionProps } from '../../app/sections';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function CharterSection(_props: SectionProps) {
  return (
    <>
      <PageHeader title="Charter" />
      <EmptyState title="Nothing here yet">
        <p>
          The team charter will be here: the team's joint aims and targets, what each agency commits, and the
          procedures the team works by.
        </p>
      </EmptyState>
    </>
  );
}
