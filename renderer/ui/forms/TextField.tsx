import type { InputHTMLAttributes, ReactNode } from 'react';

interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'number' | 'search' | 'time';
  autoComplete?: string;
  required?: boolean;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  className?: string;
  min?: string | number;
  max?: string | number;
  step?: string | number;
}

/** A labelled input with an optional hint and a field-level error, wired for screen readers. */
export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  multiline = false,
  type = 'text',
  autoComplete,
  required,
  inputMode,
  className,
  min,
  max,
  step,
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
  };
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      {multiline ? (
        <textarea {...common} onChange={(event) => onChange(event.target.value)} rows={4} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          min={min}
          max={max}
          step={step}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
