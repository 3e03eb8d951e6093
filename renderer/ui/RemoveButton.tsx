import { useState, type ReactNode } from 'react';
import { Banner } from './Banner';
import { ConfirmDialog } from './ConfirmDialog';
import { useActionMessage } from './useActionMessage';

interface RemoveButtonProps {
  /** The button's words, also used to confirm: "Remove this aim". */
  label: string;
  /** The question the dialog asks: "Remove this aim?". */
  question: string;
  /** What removing it means, in a sentence or two. */
  children: ReactNode;
  onRemove: () => Promise<unknown>;
  /** After the removal went through; usually a move to the page the removed thing belonged to. */
  onRemoved: () => void;
}

/**
 * A removal that asks first. Things removed stay in Recently deleted, so the question says so; when the removal
 * fails, the page says why in plain words and nothing has changed.
 */
export function RemoveButton({ label, question, children, onRemove, onRemoved }: RemoveButtonProps) {
  const [asking, setAsking] = useState(false);
  const { message, run } = useActionMessage();
  return (
    <>
      {message?.tone === 'error' && (
        <Banner tone="error" live>
          {message.text}
        </Banner>
      )}
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
      <ConfirmDialog
        isOpen={asking}
        title={question}
        confirmLabel={label}
        onConfirm={() => {
          setAsking(false);
          void run(onRemove).then((done) => {
            if (done) onRemoved();
          });
        }}
        onCancel={() => setAsking(false)}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
