import type { Dispatch, SetStateAction } from 'react';
import type { FieldErrors } from './fieldErrors';
import type { FieldBinding } from './useFormField';

/**
 * For a form that keeps everything typed as one object (a training entry, a new team) rather than a useFormField
 * each: `field('hours')` binds one of its values as `useFormField` does, so the form spreads it onto its field:
 * `<TextField {...field('hours')} label="Hours" />`. The field's id is the value's own name unless given
 * (`field('teamName', 'team-name')`); its message is the one under that id.
 */
export function fieldsOf<Values extends object>(
  values: Values,
  setValues: Dispatch<SetStateAction<Values>>,
  errors: FieldErrors,
) {
  return <Key extends keyof Values & string>(key: Key, id: string = key): FieldBinding<Values[Key]> => ({
    id,
    value: values[key],
    onChange: (value) => setValues((current) => ({ ...current, [key]: value })),
    error: errors[id],
  });
}
