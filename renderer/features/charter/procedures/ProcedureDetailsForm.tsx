import {
  PROCEDURE_KINDS,
  PROCEDURE_KIND_LABELS,
  type Procedure,
  type ProcedureKind,
} from '../../../../shared/domain/charter';
import { useWriter } from '../../../app/team/useWriter';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';

import { updateProcedure } from './procedureCommands';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { isRealDay } from '../../../../shared/dates';

/** Changes a procedure's title, kind and review date (its text changes only through a new version). */
export function ProcedureDetailsForm({
  procedure,
  onDone,
}: {
  procedure: Procedure;
  onDone: (saved: boolean) => void;
}) {
  const form = useSaveForm('details-', `procedure-details:${procedure.id}`);
  const writer = useWriter();
  const title = useFormField(form, 'title', procedure.title);
  const [kind, setKind] = useDraftField<ProcedureKind>(form.draftKey, 'kind', procedure.kind);
  const reviewDate = useFormField(form, 'reviewDate', procedure.reviewDate ?? '');

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (title.value.trim() === '') errors['details-title'] = 'Enter the title of the procedure.';
    if (reviewDate.value !== '' && !isRealDay(reviewDate.value))
      errors['details-reviewDate'] = 'Enter the review date as a real date.';
    return errors;
  };

  return (
    <FormFrame
      title="Change the title, kind or review date"
      showHeading={false}
      focusOnOpen
      form={form}
      submitLabel="Save the details"
      onSubmit={() =>
        void form
          .run(
            check,
            () =>
              updateProcedure(writer, procedure.id, {
                title: title.value.trim(),
                kind,
                reviewDate: reviewDate.value === '' ? null : reviewDate.value,
              }),
            [
              {
                id: 'details-reviewDate',
                label: 'Review by',
                date: reviewDate.value === '' ? null : reviewDate.value,
              },
            ],
          )
          .then((saved) => saved && onDone(true))
      }
      onCancel={() => onDone(false)}
    >
      <TextField {...title} label="Title" required />
      <SelectField
        id="details-kind"
        label="Kind of procedure"
        value={kind}
        onChange={(value) => setKind(PROCEDURE_KINDS.find((option) => option === value) ?? 'other')}
        options={PROCEDURE_KINDS.map((value) => ({ value, label: PROCEDURE_KIND_LABELS[value] }))}
      />
      <TextField {...reviewDate} label="Review by (optional)" type="date" />
    </FormFrame>
  );
}
