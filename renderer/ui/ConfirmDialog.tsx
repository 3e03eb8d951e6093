import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

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
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      isDismissable
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="confirm-dialog">
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
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
