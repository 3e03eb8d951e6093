import type { ComponentProps, ReactNode } from 'react';
import type { FieldErrors } from './fieldErrors';
import { TextField } from './TextField';

interface NewSecretFieldsProps {
  /** The first field's id; the second's is `${id}-again`, the ids the form's checks name their messages by. */
  id: string;
  label: string;
  againLabel: string;
  hint: ReactNode;
  inputMode?: 'numeric';
  value: string;
  again: string;
  onChange: (value: string) => void;
  onAgainChange: (value: string) => void;
  errors: FieldErrors;
  /** Shown between the two fields, such as how strong the choice is. */
  children?: ReactNode;
}

/**
 * A secret being chosen (a passphrase, a personal password or a PIN), typed twice so a slip of the finger cannot
 * lock its owner out; the browser is told it is new, so it never fills in a saved one.
 */
export function NewSecretFields({
  id,
  label,
  againLabel,
  hint,
  inputMode,
  value,
  again,
  onChange,
  onAgainChange,
  errors,
  children,
}: NewSecretFieldsProps) {
  return (
    <>
      <SecretField
        id={id}
        label={label}
        hint={hint}
        inputMode={inputMode}
        value={value}
        onChange={onChange}
        error={errors[id]}
      />
      {children}
      <SecretField
        id={`${id}-again`}
        label={againLabel}
        inputMode={inputMode}
        value={again}
        onChange={onAgainChange}
        error={errors[`${id}-again`]}
      />
    </>
  );
}

/** One of the two: hidden as it is typed, required, and new to the browser. */
function SecretField(props: Omit<ComponentProps<typeof TextField>, 'type' | 'autoComplete' | 'required'>) {
  return <TextField {...props} type="password" autoComplete="new-password" required />;
}
