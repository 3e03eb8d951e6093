/**
 * The one way a form field shows its hint and error: GOV.UK's markup (label, hint, error prefixed "Error:" for
 * screen readers, a red bar beside the field) with the control described by its hint and error through
 * aria-describedby, and marked invalid while the error shows. The error summary links to the field's `id`.
 */
import type { ReactNode } from 'react';

/** The ids of a field's hint and error, and the control's aria-describedby; `extra` adds other ids (a warning). */
export function fieldIds(
  id: string,
  { hint, error, extra }: { hint?: ReactNode; error?: string | undefined; extra?: string | undefined },
) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId, extra].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

/** `field`, with the error bar while there is an error, and any classes of the field's own. */
export function fieldClass(error: string | null | undefined, ...own: (string | undefined)[]): string {
  return ['field', ...own, error ? 'field--error' : undefined].filter(Boolean).join(' ');
}

interface FieldErrorProps {
  id?: string | undefined;
  message: string | null | undefined;
  /** Read out as soon as it appears: for a field with no error summary above it (a file that could not be read). */
  live?: boolean;
}

/** A field's error message; nothing when there is none. */
export function FieldError({ id, message, live = false }: FieldErrorProps) {
  if (!message) return null;
  return (
    <span className="field__error" id={id} role={live ? 'alert' : undefined}>
      <span className="visually-hidden">Error: </span>
      {message}
    </span>
  );
}

/** A field's hint; nothing when there is none. */
export function FieldHint({ id, children }: { id?: string | undefined; children?: ReactNode }) {
  if (!children) return null;
  return (
    <span className="field__hint" id={id}>
      {children}
    </span>
  );
}

/** What the control of a Field spreads onto itself. */
export interface FieldControl {
  id: string;
  name: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string | undefined;
  /** The control, given the attributes that tie it to the label, hint and error. */
  children: (control: FieldControl) => ReactNode;
}

/** One labelled control with its hint and error. */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const { hintId, errorId, describedBy } = fieldIds(id, { hint, error });
  return (
    <div className={fieldClass(error, className)}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId} message={error} />
      {children({ id, name: id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

interface FieldGroupProps {
  /** The id the error summary links to: the group's first control. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string | undefined;
  legendClassName?: string | undefined;
  /** Ids of more text that describes the group (a warning below it). */
  describedBy?: string | undefined;
  children: ReactNode;
}

/** Several controls answering one question (date boxes, checkboxes), under one legend, hint and error. */
export function FieldGroup({
  id,
  legend,
  hint,
  error,
  className,
  legendClassName = 'field__label',
  describedBy,
  children,
}: FieldGroupProps) {
  const ids = fieldIds(id, { hint, error, extra: describedBy });
  return (
    <fieldset className={fieldClass(error, className)} aria-describedby={ids.describedBy}>
      <legend className={legendClassName}>{legend}</legend>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} message={error} />
      {children}
    </fieldset>
  );
}
