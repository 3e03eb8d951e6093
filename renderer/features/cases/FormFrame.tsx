import { useEffect, useRef, type ReactNode } from 'react';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import type { SaveForm } from '../../ui/forms/useSaveForm';

interface FormFrameProps {
  /** Names the form for screen readers, e.g. "Add an action". */
  title: string;
  form: SaveForm;
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /** Move focus to the first field on opening (not for a form that appears while a person is choosing). */
  focusOnOpen?: boolean;
  children: ReactNode;
}

/**
 * The frame of every case form: a heading, the error summary at the top, a problem banner, the fields, and Save
 * and Cancel. When it opens, focus moves to its first field so keyboard users carry straight on.
 */
export function FormFrame({
  title,
  form,
  submitLabel,
  onSubmit,
  onCancel,
  focusOnOpen = true,
  children,
}: FormFrameProps) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focusOnOpen) ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus once, on opening
  }, []);
  return (
    <form
      ref={ref}
      className="case-form"
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.busy) onSubmit();
      }}
    >
      <h3>{title}</h3>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      {form.problem && (
        <Banner tone="error" live>
          {form.problem}
        </Banner>
      )}
      {children}
      <div className="button-row">
        <button type="submit" className="button" disabled={form.busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
