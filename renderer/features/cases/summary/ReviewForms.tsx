import { useWriter } from '../../../app/team/useWriter';
import { TextField } from '../../../ui/forms/TextField';
import { DateField } from '../DateField';
import { CaseForm } from '../page/CaseForm';
import type { SummaryFormProps } from './SummaryForms';
import { recordReviewHeld, updateCaseDetails } from '../caseCommands';

import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField, type FieldBinding } from '../../../ui/forms/useFormField';
import type { DateToQuestion } from '../../../ui/forms/useSaveForm';
import {
  dayFromParts,
  hasPassed,
  partsFromDay,
  showDate,
  type DateParts,
  type ParsedDay,
} from '../../../../shared/dates';

export const PASSED_WARNING = 'This date has passed. You can still save it.';

interface NextReviewFieldProps extends FieldBinding<DateParts> {
  parsed: ParsedDay;
  today: string;
}

/** The next review date as both review forms ask it: empty for none, and a date that has passed is warned of. */
function NextReviewField({ parsed, today, ...field }: NextReviewFieldProps) {
  return (
    <DateField
      {...field}
      legend="Next review date"
      hint="For example, 27 3 2026. Leave it empty if no review is set yet."
      warning={parsed.ok && hasPassed(parsed.date, today) ? PASSED_WARNING : undefined}
    />
  );
}

/** A next review date that has passed is asked about before it is saved. */
function nextReviewToQuestion(id: string, parsed: ParsedDay): DateToQuestion[] {
  return [{ id, label: 'Next review date', date: parsed.ok ? parsed.date : null }];
}

export function ReviewDateForm({ caseRow, today, ...done }: SummaryFormProps) {
  const form = useSaveForm('review-', `review-date:${caseRow.id}`);
  const writer = useWriter();
  const parts = useFormField(form, 'nextReviewDate', partsFromDay(caseRow.nextReviewDate));
  const parsed = dayFromParts(parts.value, 'The next review date');
  return (
    <CaseForm
      title="Change the next review date"
      form={form}
      problems={{ [parts.id]: parsed.ok ? undefined : parsed.message }}
      save={() => updateCaseDetails(writer, caseRow.id, { nextReviewDate: parsed.ok ? parsed.date : null })}
      datesToQuestion={nextReviewToQuestion(parts.id, parsed)}
      saved="Next review date saved."
      {...done}
    >
      <NextReviewField {...parts} parsed={parsed} today={today} />
    </CaseForm>
  );
}

function heldProblem(held: ReturnType<typeof dayFromParts>, today: string): string | undefined {
  if (!held.ok) return held.message;
  if (held.date === null) return 'Enter the date the review was held.';
  if (held.date > today) return 'The date the review was held must be today or earlier.';
  return undefined;
}

export function RecordReviewForm({ caseRow, today, ...done }: SummaryFormProps) {
  const form = useSaveForm('held-', `review-held:${caseRow.id}`);
  const writer = useWriter();
  const heldOn = useFormField(form, 'heldOn', partsFromDay(today));
  const note = useFormField(form, 'note', '');
  const next = useFormField(form, 'nextReviewDate', partsFromDay(null));
  const held = dayFromParts(heldOn.value, 'The date the review was held');
  const nextDate = dayFromParts(next.value, 'The next review date');
  return (
    <CaseForm
      title="Record a review held"
      submitLabel="Record the review"
      form={form}
      problems={{
        [heldOn.id]: heldProblem(held, today),
        [next.id]: nextDate.ok ? undefined : nextDate.message,
      }}
      save={() =>
        recordReviewHeld(writer, caseRow.id, {
          heldOn: held.ok && held.date !== null ? held.date : today,
          note: note.value,
          nextReviewDate: nextDate.ok ? nextDate.date : null,
        })
      }
      datesToQuestion={nextReviewToQuestion(next.id, nextDate)}
      saved="Review recorded in the chronology."
      {...done}
    >
      <p>
        It was due on {showDate(caseRow.nextReviewDate, 'no date set')}. The chronology keeps that date with
        the review, so the team can see whether reviews are held on time.
      </p>
      <DateField {...heldOn} legend="Date the review was held" />
      <TextField {...note} label="What was agreed (optional)" multiline />
      <NextReviewField {...next} parsed={nextDate} today={today} />
    </CaseForm>
  );
}
