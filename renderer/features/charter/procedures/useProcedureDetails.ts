import type { Procedure, ProcedureKind } from '../../../../shared/domain/charter';
import { isRealDay } from '../../../../shared/dates';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { useFormField } from '../../../ui/forms/useFormField';
import type { DateToQuestion, SaveForm } from '../../../ui/forms/useSaveForm';

type ProcedureDetails = Pick<Procedure, 'title' | 'kind' | 'reviewDate'>;

/**
 * The title, kind and review date that writing a new procedure and changing a procedure's details both ask: their
 * fields, their check, the review date to question if it has passed, and the values to save.
 */
export function useProcedureDetails(form: SaveForm, initial: ProcedureDetails) {
  const title = useFormField(form, 'title', initial.title);
  const kind = useFormField<ProcedureKind>(form, 'kind', initial.kind);
  const reviewDate = useFormField(form, 'reviewDate', initial.reviewDate ?? '');
  const review = reviewDate.value === '' ? null : reviewDate.value;
  return {
    fields: { title, kind, reviewDate },
    check: (): FieldErrors => ({
      [title.id]: title.value.trim() === '' ? 'Enter the title of the procedure.' : undefined,
      [reviewDate.id]:
        review !== null && !isRealDay(review) ? 'Enter the review date as a real date.' : undefined,
    }),
    datesToQuestion: [{ id: reviewDate.id, label: 'Review by', date: review }] satisfies DateToQuestion[],
    values: (): ProcedureDetails => ({ title: title.value.trim(), kind: kind.value, reviewDate: review }),
  };
}

export type ProcedureDetailsFieldBindings = ReturnType<typeof useProcedureDetails>['fields'];
