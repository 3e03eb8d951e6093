import type { SectionProps } from '../../app/sections';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function TrainingSection(_props: SectionProps) {
  return (
    <>
      <PageHeader title="Training" />
      <EmptyState title="Nothing here yet">
        <p>
          The training log will be here: joint and single-agency training, learning on the job, each person's
          record and the team's coverage across professions.
        </p>
      </EmptyState>
    </>
  );
}
