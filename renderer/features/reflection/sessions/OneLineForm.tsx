import { useState } from 'react';
import { WriteError } from '../../../db/writer';
import { TextField } from '../../../ui/forms/TextField';
import { useOneAtATime } from '../../../ui/forms/useOneAtATime';

interface OneLineFormProps {
  id: string;
  label: string;
  submitLabel: string;
  /** Said beside the line when it is empty: "Enter the decision before saving it." */
  emptyMessage: string;
  /** Said when the write fails for a reason of its own words: "The decision could not be saved." */
  failedMessage: string;
  /** Saves what was typed, trimmed; the line empties once it has. */
  onSave: (text: string) => Promise<unknown>;
}

/**
 * A one-line form that adds a thing to a session (a decision, an agenda prompt). Not a FormFrame: in a meeting,
 * focus stays on the line after each save and a refusal is said beside it, not in an error summary at the top of
 * the page. Enter pressed twice adds one thing (useOneAtATime).
 */
export function OneLineForm({
  id,
  label,
  submitLabel,
  emptyMessage,
  failedMessage,
  onSave,
}: OneLineFormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { run } = useOneAtATime();
  return (
    <form
      noValidate
      className="no-print"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') {
          setError(emptyMessage);
          return;
        }
        void run(() =>
          onSave(text.trim()).then(
            () => {
              setText('');
              setError(null);
            },
            (caught: unknown) => setError(caught instanceof WriteError ? caught.message : failedMessage),
          ),
        );
      }}
    >
      <TextField id={id} label={label} value={text} onChange={setText} error={error ?? undefined} />
      <button type="submit" className="button button--secondary">
        {submitLabel}
      </button>
    </form>
  );
}
