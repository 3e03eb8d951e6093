import type { ReactNode } from 'react';
import { AskFirstButton } from './AskFirstButton';
import { Banner } from './Banner';
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
  const { message, run } = useActionMessage();
  return (
    <>
      {message?.tone === 'error' && (
        <Banner tone="error" live>
          {message.text}
        </Banner>
      )}
      <AskFirstButton
        label={label}
        className="button button--secondary"
        question={question}
        confirmLabel={label}
        onConfirm={() =>
          void run(onRemove).then((done) => {
            if (done) onRemoved();
          })
        }
      >
        {children}
      </AskFirstButton>
    </>
  );
}
