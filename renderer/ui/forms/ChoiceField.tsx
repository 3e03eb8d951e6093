import { SelectField, type SelectFieldProps } from './SelectField';

interface ChoiceFieldProps<T extends string> extends Omit<
  SelectFieldProps,
  'value' | 'options' | 'onChange'
> {
  /** One of the app's fixed lists (`PROCEDURE_KINDS`), in the order it is offered. */
  choices: readonly T[];
  /** The words each choice is shown by (`PROCEDURE_KIND_LABELS`). */
  labels: Readonly<Record<T, string>>;
  value: T;
  onChange: (value: T) => void;
}

/**
 * A choice from one of the app's fixed lists, shown by its labels. The select offers only `choices`, so what it
 * hands back is always one of them; the form's value keeps the list's type instead of a string to check again.
 */
export function ChoiceField<T extends string>({
  choices,
  labels,
  value,
  onChange,
  ...field
}: ChoiceFieldProps<T>) {
  return (
    <SelectField
      {...field}
      value={value}
      onChange={(chosen) => onChange(choices.find((choice) => choice === chosen) ?? value)}
      options={choices.map((choice) => ({ value: choice, label: labels[choice] }))}
    />
  );
}
