/**
 * Which part of a section is open for editing, if any. When a form closes, focus goes back to the button that
 * opened it (`<idPrefix>-<part>`), so keyboard users do not lose their place.
 */
import { useEffect, useRef, useState } from 'react';

export function useEditingPart<Part extends string>(idPrefix: string) {
  const [editing, setEditing] = useState<Part | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const last = useRef<Part | null>(null);

  useEffect(() => {
    if (editing !== null) {
      last.current = editing;
      return;
    }
    if (last.current !== null) document.getElementById(`${idPrefix}-${last.current}`)?.focus();
  }, [editing, idPrefix]);

  return {
    editing,
    saved,
    open: (part: Part) => {
      setSaved(null);
      setEditing(part);
    },
    close: () => setEditing(null),
    /** Closes the form and says what was saved. */
    done: (message: string) => {
      setSaved(message);
      setEditing(null);
    },
  };
}
