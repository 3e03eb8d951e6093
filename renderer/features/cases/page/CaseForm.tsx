import type { ReactNode } from 'react';
import { FormFrame } from '../../../ui/forms/FormFrame';
import type { SaveForm } from '../../../ui/forms/useSaveForm';

/** What the part of a case page that opened a form gives it: closing it unsaved, and the message once saved. */
export interface CaseFormDone {
  onCancel: () => void;
  onSaved: (message: string) => void;
}

interface CaseFormProps extends Partial<CaseFormDone> {
  form: SaveForm;
  /** Names the form and is its heading: "Add an action". */
  title: string;
  submitLabel?: string;
  /**
   * Checks and saves (through `form.run`), resolving to what the page says once it has saved ("Action added."),
   * which goes to `onSaved`, or to false when nothing was saved. A form with no message (it leaves the page)
   * resolves to nothing.
   */
  onSubmit: () => Promise<string | false> | Promise<void>;
  /** False for a form that appears while a person is choosing (the outcomes page's own dates). */
  focusOnOpen?: boolean;
  children: ReactNode;
}

/**
 * Every form on a case page and the pages beside it: the kit's FormFrame in the case pages' boxed style, saving
 * with "Save" unless the form says what its button does, and passing the saved message to the page.
 */
export function CaseForm({ submitLabel = 'Save', onSubmit, onSaved, ...frame }: CaseFormProps) {
  const submit = async () => {
    const saved = await onSubmit();
    if (saved) onSaved?.(saved);
  };
  return (
    <FormFrame className="case-form" submitLabel={submitLabel} onSubmit={() => void submit()} {...frame} />
  );
}
