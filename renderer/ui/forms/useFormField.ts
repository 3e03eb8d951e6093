import type { SaveForm } from './useSaveForm';
import { useDraftField } from '../../app/drafts/useDraftField';

/**
 * What a field of a form that saves needs, in the names `TextField`, `SelectField`, `DateField` and `Field` take, so
 * a form spreads it onto its field and says only what differs: `<TextField {...text} label="What needs doing" />`.
 */
export interface FieldBinding<T> {
  /** The form's prefix and the field's name: what the error summary links to and a refused write names. */
  id: string;
  value: T;
  onChange: (value: T) => void;
  error: string | undefined;
}

/**
 * One field of a form that saves: its value, kept as the person's draft under the form's draft key (useDraftField),
 * its id, and its message from the last check or refused write. `name` is the record's field, as a refused write
 * names it.
 */
export function useFormField<T>(form: SaveForm, name: string, initial: T): FieldBinding<T> {
  const id = `${form.idPrefix}${name}`;
  const [value, setValue] = useDraftField(form.draftKey, name, initial);
  return { id, value, onChange: setValue, error: form.errors[id] };
}
