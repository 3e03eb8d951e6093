/** Alt+A anywhere on the page moves focus to the new-action line, so an action is captured in a keystroke or two. */
import { useEffect, type RefObject } from 'react';

export function useAltA(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // `code` rather than `key`: on a Mac, Option+A types a character instead of "a".
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyA') {
        event.preventDefault();
        target.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [target]);
}
