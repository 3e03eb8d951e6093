import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

interface AskFirstButtonProps {
  /** The button's words. */
  label: ReactNode;
  /** The button's classes: `button button--warning` for a step that cannot be undone. */
  className: string;
  /** The question the dialog asks: "Stop using the team folder on this PC?". */
  question: string;
  /** The dialog's button that goes ahead. */
  confirmLabel: string;
  /** What going ahead means, in a sentence or two. */
  children: ReactNode;
  /** Called once the person has said yes; the dialog has closed. */
  onConfirm: () => void;
}

/** A button that asks first (ConfirmDialog) and goes ahead only on yes; Escape or "Cancel" leaves all as it was. */
export function AskFirstButton({
  label,
  className,
  question,
  confirmLabel,
  children,
  onConfirm,
}: AskFirstButtonProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setAsking(true)}>
        {label}
      </button>
      <ConfirmDialog
        isOpen={asking}
        title={question}
        confirmLabel={confirmLabel}
        onConfirm={() => {
          setAsking(false);
          onConfirm();
        }}
        onCancel={() => setAsking(false)}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
