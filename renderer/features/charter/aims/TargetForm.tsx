import {
  TARGET_DIRECTIONS,
  TARGET_DIRECTION_LABELS,
  TARGET_MEASURES,
  TARGET_MEASURE_LABELS,
  TARGET_UNITS,
  TARGET_UNIT_LABELS,
  type CharterTarget,
  type TargetDirection,
  type TargetMeasure,
  type TargetUnit,
} from '../../../../shared/domain/charter';
import { useWriter } from '../../../app/team/useWriter';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { ChoiceField } from '../../../ui/forms/ChoiceField';
import { TextField } from '../../../ui/forms/TextField';
import { createTarget, updateTarget } from './aimCommands';
import { parseNumber } from '../../../ui/forms/parseNumber';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';

/** The unit a measure the app works out is always given in. */
const MEASURE_UNITS: Record<Exclude<TargetMeasure, 'recorded'>, TargetUnit> = {
  'services-obtained-share': '%',
  'reviews-on-time-share': '%',
  'members-with-joint-training-share': '%',
  'health-check-average': 'score',
};

interface TargetFormProps {
  aimId: string;
  target?: CharterTarget;
  onSaved: (id: string) => void;
  onCancel?: () => void;
}

/** Adds or changes a target. A target must say how it is measured, whether the app measures it or not. */
export function TargetForm({ aimId, target, onSaved, onCancel }: TargetFormProps) {
  const form = useSaveForm('target-', `target:${aimId}:${target?.id ?? 'new'}`);
  const writer = useWriter();
  const description = useFormField(form, 'description', target?.description ?? '');
  const measure = useFormField<TargetMeasure>(form, 'measure', target?.measure ?? 'recorded');
  const howMeasured = useFormField(form, 'howMeasured', target?.howMeasured ?? '');
  const targetValue = useFormField(form, 'targetValue', target ? String(target.targetValue) : '');
  const unit = useFormField<TargetUnit>(form, 'unit', target?.unit ?? '%');
  const direction = useFormField<TargetDirection>(form, 'direction', target?.direction ?? 'at-least');
  const shownUnit = measure.value === 'recorded' ? unit.value : MEASURE_UNITS[measure.value];

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (description.value.trim() === '') errors['target-description'] = 'Enter the target.';
    if (howMeasured.value.trim() === '') errors['target-howMeasured'] = 'Say how the target is measured.';
    const value = parseNumber(targetValue.value);
    if (value === null) errors['target-targetValue'] = 'Enter the value to reach, as a number.';
    else if (value < 0) errors['target-targetValue'] = 'The value must be 0 or more.';
    else if (shownUnit === '%' && value > 100) errors['target-targetValue'] = 'A share must be 100% or less.';
    return errors;
  };

  const submit = async () => {
    let id = target?.id ?? '';
    const saved = await form.run(check, async () => {
      const fields = {
        description: description.value.trim(),
        measure: measure.value,
        howMeasured: howMeasured.value,
        targetValue: parseNumber(targetValue.value) ?? 0,
        unit: shownUnit,
        direction: direction.value,
      };
      if (target) await updateTarget(writer, target.id, fields);
      else id = await createTarget(writer, { aimId, ...fields });
    });
    if (saved) onSaved(id);
  };

  return (
    <FormFrame
      title={target ? 'Change the target' : 'Add a target'}
      showHeading={false}
      focusOnOpen
      form={form}
      submitLabel={target ? 'Save the target' : 'Add the target'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextField {...description} label="The target" hint="For example: reviews held on time." required />
      <ChoiceField
        {...measure}
        label="Where the figure comes from"
        choices={TARGET_MEASURES}
        labels={TARGET_MEASURE_LABELS}
      />
      <TextField
        {...howMeasured}
        label="How it is measured"
        hint="Say what is counted and where the figure comes from, so anyone can check it."
        multiline
        required
      />
      <ChoiceField
        {...direction}
        label="The target is met with"
        choices={TARGET_DIRECTIONS}
        labels={TARGET_DIRECTION_LABELS}
      />
      <TextField {...targetValue} label="Value to reach" inputMode="decimal" required />
      {measure.value === 'recorded' ? (
        <ChoiceField {...unit} label="Unit" choices={TARGET_UNITS} labels={TARGET_UNIT_LABELS} />
      ) : (
        <p className="muted">
          Unit: {TARGET_UNIT_LABELS[shownUnit].toLowerCase()} (set by where the figure comes from).
        </p>
      )}
    </FormFrame>
  );
}
