import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './Field';

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
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            value={value}
            aria-required={required || undefined}
            onChange={(event) => onChange(event.target.value)}
            rows={4}
          />
        ) : (
          <input
            {...control}
            value={value}
            aria-required={required || undefined}
            type={type}
            autoComplete={autoComplete}
            inputMode={inputMode}
            min={min}
            max={max}
            step={step}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}
