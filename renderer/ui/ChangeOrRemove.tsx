import type { ReactNode } from 'react';
import { RemoveButton } from './RemoveButton';

interface ChangeOrRemoveProps {
  /** The Change button's id: focus goes back to it when the form it opens closes (useEditingPart). */
  changeId: string;
  /** "Change the aim". */
  changeLabel: string;
  onChange: () => void;
  /** "Remove this aim", asked as "Remove this aim?". */
  removeLabel: string;
  onRemove: () => Promise<unknown>;
  onRemoved: () => void;
  /** What removing it means, said in the question. */
  children: ReactNode;
}

/** The two things a person can do to a record on its own page: open the form that changes it, or remove it. */
export function ChangeOrRemove({
  changeId,
  changeLabel,
  onChange,
  removeLabel,
  onRemove,
  onRemoved,
  children,
}: ChangeOrRemoveProps) {
  return (
    <div className="button-row">
      <button type="button" id={changeId} className="button button--secondary" onClick={onChange}>
        {changeLabel}
      </button>
      <RemoveButton
        label={removeLabel}
        question={`${removeLabel}?`}
        onRemove={onRemove}
        onRemoved={onRemoved}
      >
        {children}
      </RemoveButton>
    </div>
  );
}
