import { useState } from 'react';
import type { Period } from '../../../../shared/outcomes/boardOutcomes';
import { DateField } from '../DateField';
import { CaseForm } from '../page/CaseForm';

import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { dayFromParts, partsFromDay } from '../../../../shared/dates';

/** From and to dates for the outcomes page; both must be real dates, and "from" no later than "to". */
export function CustomPeriodForm({ period, onApply }: { period: Period; onApply: (period: Period) => void }) {
  const form = useSaveForm('period-');
  const [from, setFrom] = useState(partsFromDay(period.from));
  const [to, setTo] = useState(partsFromDay(period.to));
  const submit = () => {
    const start = dayFromParts(from, 'The start date');
    const end = dayFromParts(to, 'The end date');
    void form.run(
      () => ({
        'period-from': !start.ok ? start.message : start.date === null ? 'Enter the start date.' : undefined,
        'period-to': !end.ok
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
      <DateField
        id="period-from"
        legend="From"
        value={from}
        onChange={setFrom}
        error={form.errors['period-from']}
      />
      <DateField id="period-to" legend="To" value={to} onChange={setTo} error={form.errors['period-to']} />
    </CaseForm>
  );
}
