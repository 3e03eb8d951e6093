import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormMessages } from './FormMessages';
import { PassedDateQuestion } from './PassedDateQuestion';
import type { SaveForm } from './useSaveForm';

interface FormFrameProps {
  /** Names the form for screen readers, e.g. "Add an action"; also its heading unless `showHeading` is false. */
  title: string;
  /** False when the page already puts the form under a heading of its own. */
  showHeading?: boolean;
  /** 2 for a form that is the main content of its screen; 3 (the default) for a form within a page's section. */
  headingLevel?: 2 | 3;
  className?: string;
  form: SaveForm;
  submitLabel: string;
  /** 'secondary' when another button in the row is the main action. */
  submitTone?: 'primary' | 'secondary';
  onSubmit: () => void;
  onCancel?: () => void;
  /** More buttons for the row, after the submit button. */
  actions?: ReactNode;
  /**
   * Move focus to the first field on opening: for a form a person opens by pressing a button, whose button is
   * then gone. Not for a form that is the whole page (focus goes to the page's heading) or that appears while a
   * person is choosing.
   */
  focusOnOpen?: boolean;
  children: ReactNode;
}

/**
 * The frame of every form that saves through `useSaveForm`: the error summary at the top, a problem banner, the
 * fields, and the button row. Submitting again while a save is under way does nothing.
 */
export function FormFrame({
  title,
  showHeading = true,
  headingLevel = 3,
  className,
  form,
  submitLabel,
  submitTone = 'primary',
  onSubmit,
  onCancel,
  actions,
  focusOnOpen = true,
  children,
}: FormFrameProps) {
  const ref = useRef<HTMLFormElement>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Read once: focus belongs to the moment the form opens, not to later renders.
  const [focusFirstField] = useState(focusOnOpen);
  useEffect(() => {
    // A person who has already clicked into a field (a slow PC may draw the form a moment before this runs) keeps
    // it: moving focus then would send the rest of what they type into the first field.
    const form = ref.current;
    if (!focusFirstField || !form || form.contains(document.activeElement)) return;
    form.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [focusFirstField]);
  return (
    <form
      ref={ref}
      className={className}
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.busy) onSubmit();
      }}
    >
      {showHeading && <Heading>{title}</Heading>}
      <FormMessages form={form} />
      {children}
      {form.asking ? (
        <PassedDateQuestion
          dates={form.asking}
          onYes={() => {
            form.confirmPassed();
            onSubmit();
          }}
          onNo={form.declinePassed}
        />
      ) : (
        <div className="button-row">
          <button
            type="submit"
            className={submitTone === 'primary' ? 'button' : 'button button--secondary'}
            disabled={form.busy}
          >
            {submitLabel}
          </button>
          {actions}
          {onCancel && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                form.dropDraft();
                onCancel();
              }}
            >
              Cancel
            </button>
          )}
        </div>
      )}
    </form>
  );
}
