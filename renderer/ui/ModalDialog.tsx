import type { ComponentProps, ReactNode } from 'react';
import { Dialog, Modal, ModalOverlay } from 'react-aria-components';

interface ModalDialogProps extends Omit<ComponentProps<typeof Dialog>, 'children'> {
  isOpen: boolean;
  /** Called on Escape or a click outside, which leave everything as it was, like the dialog's own "Cancel". */
  onClose: () => void;
  /** Added to the overlay's own class, for a dialog laid out apart (the palette). */
  overlayClassName?: string;
  /** Added to the modal's own class. */
  modalClassName?: string;
  children: ReactNode;
}

/** The frame every dialog shares: over the page, dismissed by Escape or a click outside. */
export function ModalDialog({
  isOpen,
  onClose,
  overlayClassName,
  modalClassName,
  children,
  ...dialogProps
}: ModalDialogProps) {
  return (
    <ModalOverlay
      className={overlayClassName ? `modal-overlay ${overlayClassName}` : 'modal-overlay'}
      isOpen={isOpen}
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className={modalClassName ? `modal ${modalClassName}` : 'modal'}>
        <Dialog {...dialogProps}>{children}</Dialog>
      </Modal>
    </ModalOverlay>
  );
}
