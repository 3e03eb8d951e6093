import { useEffect } from 'react';

/**
 * While the app is covered by the sign-in or lock screen, the app's own Ctrl/Cmd shortcuts (Ctrl+1 to go to the
 * board, …) must not act on the hidden screens: someone at a locked PC could otherwise move the locked person's
 * page, and the page they were typing on would close. Keys still reach the PIN field as usual.
 */
export function useShortcutGuard(covered: boolean): void {
  useEffect(() => {
    if (!covered) return;
    const stop = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', stop, { capture: true });
    return () => window.removeEventListener('keydown', stop, { capture: true });
  }, [covered]);
}
