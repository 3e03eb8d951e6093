import type { SectionProps } from '../../app/sections';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function ReflectionSection(_props: SectionProps) {
  return (
    <>
      <PageHeader title="Reflection" />
      <EmptyState title="Nothing here yet">
        <p>
          Reflection sessions will be here: templates for reflective meetings, notes, agreed actions that
          carry forward, and the partnership health check.
        </p>
      </EmptyState>
    </>
  );
}
