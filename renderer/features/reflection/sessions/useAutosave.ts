/**
 * Saves a text as it is typed: about 400 ms after the last keystroke, and at once when the field loses focus, the
 * window is hidden or closed, or the component goes away (leaving the page, the screen locking). What was typed is
 * never held only in memory for longer than the pause.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export const AUTOSAVE_DELAY_MS = 400;

export function useAutosave(save: (value: string) => Promise<unknown>, delay = AUTOSAVE_DELAY_MS) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  const mounted = useRef(true);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    if (mounted.current) setState('saving');
    saveRef.current(value).then(
      () => {
        if (mounted.current && pending.current === null) setState('saved');
      },
      () => {
        // Keep the text queued so the next keystroke or blur tries again.
        pending.current ??= value;
        if (mounted.current) setState('failed');
      },
    );
  }, []);

  const change = useCallback(
    (value: string) => {
      pending.current = value;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    mounted.current = true;
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      mounted.current = false;
      flush();
    };
  }, [flush]);

  return { change, flush, state, isPending: () => pending.current !== null };
}
