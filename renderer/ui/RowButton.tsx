/**
 * A button that acts on one row of a list or table. Sighted people see the action ("Change") beside the row; a
 * screen reader, which may reach the button out of its row (a list of buttons), hears which row it acts on too.
 */
import type { ReactNode } from 'react';

interface RowButtonProps {
  /** The action, as shown: "Change", "Bring back". */
  children: string;
  /** What it acts on, heard after the action and not shown: the row's name, or words such as "of AB-12". */
  row: ReactNode;
  onPress: () => void;
  /** `warning` for an action that removes something for good. */
  tone?: 'secondary' | 'warning';
}

export function RowButton({ children, row, onPress, tone = 'secondary' }: RowButtonProps) {
  return (
    <button type="button" className={`button button--${tone}`} onClick={onPress}>
      {children}
      <span className="visually-hidden"> {row}</span>
    </button>
  );
}
