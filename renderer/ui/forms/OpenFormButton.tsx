import type { ReactNode } from 'react';

/**
 * The button that opens a form in its place on a page (with `useEditingPart`): its id is `<idPrefix>-<part>`, so
 * focus comes back to it when the form closes, and like every control that only edits, it stays off paper.
 */
export function OpenFormButton({
  id,
  onOpen,
  children,
}: {
  id: string;
  onOpen: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" id={id} className="button button--secondary no-print" onClick={onOpen}>
      {children}
    </button>
  );
}
