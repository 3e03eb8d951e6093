import type { ReactNode } from 'react';
import { Heading } from 'react-aria-components';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; Escape or "Cancel" leaves everything as it was. */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <ModalDialog isOpen={isOpen} onClose={onCancel} role="alertdialog" className="confirm-dialog">
      <Heading slot="title">{title}</Heading>
      {children}
      <div className="button-row">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
