import type { ReactNode } from 'react';
import { FormFrame } from '../../../ui/forms/FormFrame';
import type { SaveForm } from '../../../ui/forms/useSaveForm';

interface CaseFormProps {
  form: SaveForm;
  /** Names the form and is its heading: "Add an action". */
  title: string;
  submitLabel?: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /** False for a form that appears while a person is choosing (the outcomes page's own dates). */
  focusOnOpen?: boolean;
  children: ReactNode;
}

/**
 * Every form on a case page and the pages beside it: the kit's FormFrame in the case pages' boxed style, saving
 * with "Save" unless the form says what its button does.
 */
export function CaseForm({ submitLabel = 'Save', ...frame }: CaseFormProps) {
  return <FormFrame className="case-form" submitLabel={submitLabel} {...frame} />;
}
