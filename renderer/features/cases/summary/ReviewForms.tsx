import { useWriter } from '../../../app/team/useWriter';
import { TextField } from '../../../ui/forms/TextField';
import { DateField } from '../DateField';
import { CaseForm } from '../page/CaseForm';
import type { SummaryFormProps } from './SummaryForms';
import { recordReviewHeld, updateCaseDetails } from '../caseCommands';

import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { dayFromParts, hasPassed, partsFromDay, showDate } from '../../../../shared/dates';

export const PASSED_WARNING = 'This date has passed. You can still save it.';

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
      datesToQuestion={[{ id: parts.id, label: 'Next review date', date: parsed.ok ? parsed.date : null }]}
      saved="Next review date saved."
      {...done}
    >
      <DateField
        {...parts}
        legend="Next review date"
        hint="For example, 27 3 2026. Leave it empty if no review is set yet."
        warning={parsed.ok && hasPassed(parsed.date, today) ? PASSED_WARNING : undefined}
      />
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
      datesToQuestion={[{ id: next.id, label: 'Next review date', date: nextDate.ok ? nextDate.date : null }]}
      saved="Review recorded in the chronology."
      {...done}
    >
      <p>
        It was due on {showDate(caseRow.nextReviewDate, 'no date set')}. The chronology keeps that date with
        the review, so the team can see whether reviews are held on time.
      </p>
      <DateField {...heldOn} legend="Date the review was held" />
      <TextField {...note} label="What was agreed (optional)" multiline />
      <DateField
        {...next}
        legend="Next review date"
        hint="For example, 27 3 2026. Leave it empty if no review is set yet."
        warning={nextDate.ok && hasPassed(nextDate.date, today) ? PASSED_WARNING : undefined}
      />
    </CaseForm>
  );
}
