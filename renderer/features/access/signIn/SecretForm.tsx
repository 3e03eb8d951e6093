import type { ReactNode, RefObject } from 'react';
import { TextField } from '../../../ui/forms/TextField';

interface SecretFormProps {
  /** Holds the field, so its owner can put the focus back in it after a wrong try. */
  fieldRef: RefObject<HTMLDivElement | null>;
  id: string;
  label: string;
  inputMode?: 'numeric';
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  /** Read out as it changes: a check under way, or how long to wait before the next try. */
  status: string;
  submitLabel: string;
  /** While a check runs or a wait counts down, the button cannot be pressed. */
  blocked: boolean;
  onSubmit: () => void;
  /** Below the button: what to do if the secret is forgotten. */
  children?: ReactNode;
}

/** The form a secret (a PIN or a personal password) is typed in: the field, a spoken status line and one button. */
export function SecretForm({
  fieldRef,
  id,
  label,
  inputMode,
  hint,
  value,
  onChange,
  error,
  status,
  submitLabel,
  blocked,
  onSubmit,
  children,
}: SecretFormProps) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div ref={fieldRef}>
        <TextField
          id={id}
          label={label}
          type="password"
          inputMode={inputMode}
          autoComplete="off"
          value={value}
          onChange={onChange}
          error={error}
          {...(hint ? { hint } : {})}
        />
      </div>
      <p className="access-wait" role="status">
        {status}
      </p>
      <div className="button-row">
        <button type="submit" className="button" disabled={blocked} aria-disabled={blocked}>
          {submitLabel}
        </button>
      </div>
      {children}
    </form>
  );
}
