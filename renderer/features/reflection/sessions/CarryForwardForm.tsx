import { useWriter } from '../../../app/team/useWriter';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { dayFromParts, partsFromDay } from '../../../../shared/dates';
import { DateField } from '../../cases/DateField';
import { carryActionForward } from './sessionCommands';

interface CarryForwardFormProps {
  id: string;
  text: string;
  dueDate: string | null;
  onCancel: () => void;
  onSaved: (dueDate: string) => void;
}

/**
 * Carrying an action forward asks when it is now due: an action carried with the date it has already missed would
 * show as overdue at every session after.
 */
export function CarryForwardForm({ id, text, dueDate, onCancel, onSaved }: CarryForwardFormProps) {
  const form = useSaveForm(`carry-${id}-`, `carry:${id}`);
  const writer = useWriter();
  const fieldId = `carry-${id}-dueDate`;
  const [parts, setParts] = useDraftField(form.draftKey, 'due', partsFromDay(dueDate));
  const parsed = dayFromParts(parts, 'The new due date');
  const chosen = parsed.ok ? parsed.date : null;
  const submit = async () => {
    const saved = await form.run(
      () => ({
        [fieldId]: !parsed.ok ? parsed.message : chosen === null ? 'Enter the new due date.' : undefined,
      }),
      () => carryActionForward(writer, id, chosen ?? ''),
      [{ id: fieldId, label: 'New due date', date: chosen }],
    );
    if (saved && chosen !== null) onSaved(chosen);
  };
  return (
    <FormFrame
      className="carry-form"
      title={`Carry forward “${text}”`}
      showHeading={false}
      form={form}
      submitLabel="Carry forward"
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <DateField
        id={fieldId}
        legend="New due date"
        hint="When should it be done by now? For example, 27 3 2026"
        value={parts}
        onChange={setParts}
        error={form.errors[fieldId]}
      />
    </FormFrame>
  );
}
