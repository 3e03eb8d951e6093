import { indicatorLabel } from '../../../../shared/domain/wellbeing';
import { useWellbeing } from '../../../app/data/useWellbeing';
import { CaseSection } from '../page/CaseSection';
import { ChangeButton } from '../page/ChangeButton';
import { ConcernsForm, DetailsForm, LeadForm, StageForm } from './SummaryForms';
import { RecordReviewForm, ReviewDateForm } from './ReviewForms';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { personName } from '../caseWords';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { useStages } from '../../../app/data/useStages';
import { hasPassed, showDate } from '../../../../shared/dates';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';
import { DecisionMark } from '../../sync/DecisionMark';
import { useFieldsToDecide } from '../../sync/useFieldsToDecide';

type Part = 'details' | 'stage' | 'lead' | 'concerns' | 'review' | 'record-review';

/** The case's own fields each row shows, for the mark of a difference waiting for a decision. */
const FIELDS: Partial<Record<Part, readonly string[]>> = {
  details: ['reference', 'displayName'],
  stage: ['columnId', 'status'],
  lead: ['leadMemberId'],
  concerns: ['concerns'],
  review: ['nextReviewDate'],
};

export function CaseSummary(props: CaseSectionProps) {
  const { caseRow, members, today } = props;
  const stages = useStages();
  const wellbeing = useWellbeing();
  const toDecide = useFieldsToDecide('cases', caseRow.id);
  const mark = (part: Part, what: string) =>
    FIELDS[part]?.some((field) => toDecide.has(field)) ? <DecisionMark what={what} /> : null;
  const { editing, saved, open, close, done } = useEditingPart<Part>('change');
  const stage = stages?.find((column) => column.id === caseRow.columnId);
  const reviewOverdue = caseRow.status === 'open' && hasPassed(caseRow.nextReviewDate, today);
  const formProps = { ...props, onCancel: close, onSaved: done };

  const row = (part: Part, label: string, value: React.ReactNode) => (
    <SummaryRow
      term={label}
      actions={<ChangeButton id={`change-${part}`} what={label.toLowerCase()} onPress={() => open(part)} />}
    >
      {value}
      {mark(part, label.toLowerCase())}
    </SummaryRow>
  );

  return (
    <CaseSection id="case-summary" title="Summary" saved={saved}>
      <SummaryList>
        {row(
          'details',
          'Reference and name',
          `${caseRow.reference} — ${caseRow.displayName || 'No name given'}`,
        )}
        {row(
          'stage',
          'Stage',
          <>
            {stage?.title ?? 'A stage no longer on the board'}
            {caseRow.status === 'closed' && <span className="tag"> Closed</span>}
          </>,
        )}
        {row('lead', 'Lead professional', personName(members, caseRow.leadMemberId))}
        {row(
          'concerns',
          'Wellbeing concerns',
          caseRow.concerns.length === 0 ? (
            'None recorded'
          ) : (
            <ul className="tag-list">
              {caseRow.concerns.map((concern) => (
                <li key={concern} className="tag">
                  {wellbeing ? indicatorLabel(concern, wellbeing) : ''}
                </li>
              ))}
            </ul>
          ),
        )}
        <SummaryRow
          term="Next review"
          actions={
            <>
              <ChangeButton id="change-review" what="next review date" onPress={() => open('review')} />
              <ChangeButton
                id="change-record-review"
                what=""
                label="Record a review held"
                onPress={() => open('record-review')}
              />
            </>
          }
        >
          {showDate(caseRow.nextReviewDate, 'No date set')}
          {reviewOverdue && <strong className="tag tag--error case-overdue"> Review overdue</strong>}
          {mark('review', 'next review date')}
        </SummaryRow>
        <SummaryRow term="Opened">{showDate(caseRow.openedAt)}</SummaryRow>
        {caseRow.status === 'closed' && (
          <>
            <SummaryRow term="Closed">{showDate(caseRow.closedAt)}</SummaryRow>
            <SummaryRow term="Why it closed" valueClassName="case-text">
              {caseRow.closeReason}
            </SummaryRow>
            <SummaryRow term="Outcome" valueClassName="case-text">
              {caseRow.outcome}
            </SummaryRow>
          </>
        )}
      </SummaryList>
      {editing === 'details' && <DetailsForm {...formProps} />}
      {editing === 'stage' && stages && <StageForm {...formProps} stages={stages} />}
      {editing === 'lead' && <LeadForm {...formProps} />}
      {editing === 'concerns' && <ConcernsForm {...formProps} />}
      {editing === 'review' && <ReviewDateForm {...formProps} />}
      {editing === 'record-review' && <RecordReviewForm {...formProps} />}
    </CaseSection>
  );
}
