import { WELLBEING_LABELS } from '../../../shared/domain/cases';
import { Banner } from '../../ui/Banner';
import { ChangeButton } from './ChangeButton';
import { ConcernsForm, DetailsForm, LeadForm, StageForm } from './SummaryForms';
import { RecordReviewForm, ReviewDateForm } from './ReviewForms';
import { hasPassed, showDate } from './caseDates';
import type { CaseSectionProps } from './caseSectionProps';
import { personName } from './caseWords';
import { useEditingPart } from '../../ui/forms/useEditingPart';
import { useStages } from './useStages';
import { useTeam } from '../../app/team/useTeam';
import { DecisionMark } from '../sync/DecisionMark';
import { useFieldsToDecide } from '../sync/useFieldsToDecide';

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
  const { db } = useTeam();
  const toDecide = useFieldsToDecide(db, 'cases', caseRow.id);
  const mark = (part: Part, what: string) =>
    FIELDS[part]?.some((field) => toDecide.has(field)) ? <DecisionMark what={what} /> : null;
  const { editing, saved, open, close, done } = useEditingPart<Part>('change');
  const stage = stages?.find((column) => column.id === caseRow.columnId);
  const reviewOverdue = caseRow.status === 'open' && hasPassed(caseRow.nextReviewDate, today);
  const formProps = { ...props, onCancel: close, onSaved: done };

  const row = (part: Part, label: string, value: React.ReactNode) => (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>
        {value}
        {mark(part, label.toLowerCase())}
      </dd>
      <dd>
        <ChangeButton id={`change-${part}`} what={label.toLowerCase()} onPress={() => open(part)} />
      </dd>
    </div>
  );

  return (
    <section aria-labelledby="case-summary-heading" className="case-section">
      <h2 id="case-summary-heading">Summary</h2>
      {saved && (
        <Banner tone="success" live>
          {saved}
        </Banner>
      )}
      <dl className="summary-list">
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
                  {WELLBEING_LABELS[concern]}
                </li>
              ))}
            </ul>
          ),
        )}
        <div className="summary-list__row">
          <dt>Next review</dt>
          <dd>
            {showDate(caseRow.nextReviewDate)}
            {reviewOverdue && <strong className="tag tag--error case-overdue"> Review overdue</strong>}
            {mark('review', 'next review date')}
          </dd>
          <dd className="summary-list__actions">
            <ChangeButton id="change-review" what="next review date" onPress={() => open('review')} />
            <ChangeButton
              id="change-record-review"
              what=""
              label="Record a review held"
              onPress={() => open('record-review')}
            />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Opened</dt>
          <dd>{showDate(caseRow.openedAt)}</dd>
          <dd />
        </div>
        {caseRow.status === 'closed' && (
          <>
            <div className="summary-list__row">
              <dt>Closed</dt>
              <dd>{showDate(caseRow.closedAt)}</dd>
              <dd />
            </div>
            <div className="summary-list__row">
              <dt>Why it closed</dt>
              <dd className="case-text">{caseRow.closeReason}</dd>
              <dd />
            </div>
            <div className="summary-list__row">
              <dt>Outcome</dt>
              <dd className="case-text">{caseRow.outcome}</dd>
              <dd />
            </div>
          </>
        )}
      </dl>
      {editing === 'details' && <DetailsForm {...formProps} />}
      {editing === 'stage' && stages && <StageForm {...formProps} stages={stages} />}
      {editing === 'lead' && <LeadForm {...formProps} />}
      {editing === 'concerns' && <ConcernsForm {...formProps} />}
      {editing === 'review' && <ReviewDateForm {...formProps} />}
      {editing === 'record-review' && <RecordReviewForm {...formProps} />}
    </section>
  );
}
