import type { TrainingAttendance } from '../../../shared/domain/training';
import { SummaryRow } from '../../ui/SummaryList';

type Reflection = Pick<
  TrainingAttendance,
  'learnt' | 'changedPractice' | 'peerReflectionWith' | 'peerReflectionOutcome'
>;

/**
 * What was learnt from training and how it changed practice, as rows of a summary list: an entry's shared summary,
 * or (`own`) one person's reflection in their record, in their own words ("What I learnt").
 */
export function ReflectionRows({ reflection, own = false }: { reflection: Reflection; own?: boolean }) {
  return (
    <>
      <SummaryRow term={own ? 'What I learnt' : 'What was learnt'}>
        {reflection.learnt || 'Not written yet'}
      </SummaryRow>
      <SummaryRow term={own ? 'How it changed my practice' : 'How it changed practice'}>
        {reflection.changedPractice || 'Not written yet'}
      </SummaryRow>
      {reflection.peerReflectionWith && (
        <SummaryRow term="Peer reflection">
          With {reflection.peerReflectionWith}. {reflection.peerReflectionOutcome}
        </SummaryRow>
      )}
    </>
  );
}
