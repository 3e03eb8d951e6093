import { useState, type ReactNode } from 'react';
import { Heading } from 'react-aria-components';
import { WriteError } from '../db/writer';
import { TextField } from './forms/TextField';
import { ModalDialog } from './ModalDialog';

interface ReasonDialogProps {
  isOpen: boolean;
  title: string;
  /** What goes, in a sentence or two: the dialog's description. */
  children: ReactNode;
  reasonLabel: string;
  confirmLabel: string;
  /** Does the thing; a refusal (WriteError) is shown in the dialog, in its own words, and nothing changes. */
  onConfirm: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * Asks before a removal that needs a reason: says what goes, asks why, and does it only once a reason is given.
 * Escape or "Cancel" leaves everything as it was.
 */
export function ReasonDialog({
  isOpen,
  title,
  children,
  reasonLabel,
  confirmLabel,
  onConfirm,
  onCancel,
}: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setError(undefined);
    onCancel();
  };
  const confirm = async () => {
    if (busy) return;
    if (reason.trim() === '') {
      setError('Say why, so colleagues reading the history understand.');
      document.getElementById('removal-reason')?.focus();
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      setReason('');
      setError(undefined);
    } catch (problem) {
      setError(
        problem instanceof WriteError ? problem.message : 'It could not be removed, and nothing was changed.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog isOpen={isOpen} onClose={close} role="alertdialog" className="confirm-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <Heading slot="title">{title}</Heading>
        {children}
        <TextField
          id="removal-reason"
          label={reasonLabel}
          hint="Colleagues see this reason in Recently deleted."
          multiline
          required
          value={reason}
          onChange={setReason}
          error={error}
        />
        <div className="button-row">
          <button type="submit" className="button button--warning" disabled={busy}>
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
