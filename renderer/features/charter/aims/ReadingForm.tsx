import { useState } from 'react';
import type { CharterTarget } from '../../../../shared/domain/charter';
import { TARGET_UNIT_LABELS } from '../../../../shared/domain/charter';
import { useWriter } from '../../../app/team/useWriter';
import { SavedBanner } from '../../../ui/SavedBanner';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { PageForm } from '../../../ui/forms/PageForm';
import { TextField } from '../../../ui/forms/TextField';
import { addReading } from './aimCommands';
import { parseNumber } from '../../../ui/forms/parseNumber';

import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { isRealDay, todayIso } from '../../../../shared/dates';

/** Records the value of a target on a date (for targets the app cannot work out itself). */
export function ReadingForm({ target }: { target: CharterTarget }) {
  const form = useSaveForm('reading-', `reading:${target.id}`);
  const writer = useWriter();
  const date = useFormField(form, 'date', todayIso());
  const value = useFormField(form, 'value', '');
  const note = useFormField(form, 'note', '');
  const [saved, setSaved] = useState<string | null>(null);

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (!isRealDay(date.value)) errors['reading-date'] = 'Enter the date of the value as a real date.';
    else if (date.value > todayIso()) errors['reading-date'] = 'The date must be today or earlier.';
    const number = parseNumber(value.value);
    if (number === null) errors['reading-value'] = 'Enter the value as a number.';
    else if (number < 0) errors['reading-value'] = 'The value must be 0 or more.';
    else if (target.unit === '%' && number > 100) errors['reading-value'] = 'A share must be 100% or less.';
    return errors;
  };

  const submit = async () => {
    setSaved(null);
    const ok = await form.run(check, () =>
      addReading(writer, {
        targetId: target.id,
        date: date.value,
        value: parseNumber(value.value) ?? 0,
        note: note.value,
      }),
    );
    if (ok) {
      setSaved(`Value ${value.value} recorded.`);
      value.onChange('');
      note.onChange('');
    }
  };

  return (
    <PageForm
      title="Record a value"
      form={form}
      submitLabel="Record the value"
      onSubmit={() => void submit()}
    >
      <SavedBanner text={saved} />
      <TextField {...date} label="Date of the value" type="date" required />
      <TextField
        {...value}
        label={`Value (${TARGET_UNIT_LABELS[target.unit].toLowerCase()})`}
        inputMode="decimal"
        required
      />
      <TextField
        {...note}
        label="Note (optional)"
        hint="Where the figure came from, or anything unusual."
        multiline
      />
    </PageForm>
  );
}
