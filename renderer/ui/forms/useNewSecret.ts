import { useState } from 'react';
import type { SaveForm } from './useSaveForm';

/** What `NewSecretFields` needs from its form, in the names it takes: `<NewSecretFields {...pin} label="…" />`. */
export interface NewSecretBinding {
  /** The form's prefix and the secret's name; the second field's id adds `-again`. */
  id: string;
  value: string;
  again: string;
  onChange: (value: string) => void;
  onAgainChange: (value: string) => void;
  errors: SaveForm['errors'];
}

/**
 * A secret being chosen in a form that saves (a PIN, a passphrase), typed twice. Kept in plain state, never as a
 * draft: a secret must not wait in memory for anyone after the screen locks.
 */
export function useNewSecret(form: SaveForm, name: string): NewSecretBinding {
  const [value, setValue] = useState('');
  const [again, setAgain] = useState('');
  return {
    id: `${form.idPrefix}${name}`,
    value,
    again,
    onChange: setValue,
    onAgainChange: setAgain,
    errors: form.errors,
  };
}
