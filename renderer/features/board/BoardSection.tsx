import type { SectionProps } from '../../app/sections';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function BoardSection(_props: SectionProps) {
  return (
    <>
      <PageHeader title="Board" />
      <EmptyState title="Nothing here yet">
        <p>
          The team's board of joint cases will be here: cases in columns by stage, with their lead
          professional, the agencies involved, wellbeing concerns, review dates and overdue actions.
        </p>
      </EmptyState>
    </>
  );
}
