/**
 * Which part of a section is open for editing, if any. When a form closes, focus goes back to the button that
 * opened it (`<idPrefix>-<part>`), so keyboard users do not lose their place. Which part is open is kept with the
 * person's drafts, by page, so a form they left open is open again when they come back after someone else.
 */
import { useEffect, useRef, useState } from 'react';
import { useDraftField } from '../../app/drafts/useDraftField';

export function useEditingPart<Part extends string>(idPrefix: string) {
  const [page] = useState(() => window.location.hash);
  const [editing, setEditing] = useDraftField<Part | null>(`open:${page}`, idPrefix, null);
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
