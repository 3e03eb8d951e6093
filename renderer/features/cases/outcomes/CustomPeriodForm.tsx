import type { Period } from '../../../../shared/outcomes/boardOutcomes';
import { DateField } from '../DateField';
import { CaseForm } from '../page/CaseForm';

import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { dayFromParts, partsFromDay } from '../../../../shared/dates';

/** From and to dates for the outcomes page; both must be real dates, and "from" no later than "to". */
export function CustomPeriodForm({ period, onApply }: { period: Period; onApply: (period: Period) => void }) {
  const form = useSaveForm('period-');
  const from = useFormField(form, 'from', partsFromDay(period.from));
  const to = useFormField(form, 'to', partsFromDay(period.to));
  const submit = async () => {
    const start = dayFromParts(from.value, 'The start date');
    const end = dayFromParts(to.value, 'The end date');
    await form.run(
      () => ({
        [from.id]: !start.ok ? start.message : start.date === null ? 'Enter the start date.' : undefined,
        [to.id]: !end.ok
          ? end.message
          : end.date === null
            ? 'Enter the end date.'
            : start.ok && start.date !== null && end.date < start.date
              ? 'The end date must be on or after the start date.'
              : undefined,
      }),
      async () => {
        if (start.ok && end.ok && start.date && end.date) onApply({ from: start.date, to: end.date });
      },
    );
  };
  return (
    <CaseForm
      title="Choose the dates"
      form={form}
      submitLabel="Show these dates"
      onSubmit={submit}
      focusOnOpen={false}
    >
      <DateField {...from} legend="From" />
      <DateField {...to} legend="To" />
    </CaseForm>
  );
}
