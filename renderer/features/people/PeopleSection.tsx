import type { SectionProps } from '../../app/sections';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function PeopleSection(_props: SectionProps) {
  return (
    <>
      <PageHeader title="People" />
      <EmptyState title="Nothing here yet">
        <p>
          The team's directory will be here: each member's role, what they do and do not do, their agency,
          working days and skills, and who can help with what.
        </p>
      </EmptyState>
    </>
  );
}
