import { useEffect } from 'react';
import { IdleTimer } from '../../../shared/access/idleTimer';
import { getAppApi } from '../../bridge/appApi';

interface LockTriggers {
  /** True while someone is working with the app open (not locked). */
  active: boolean;
  idleMinutes: number;
  /** Both must keep their identity between renders (useCallback), or the quiet time would restart each render. */
  lock: () => void;
  switchPerson: () => void;
}

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'focusin'] as const;

/** Ctrl+L (Cmd+L on a Mac) locks. */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l'
  );
}

/** Ctrl+Shift+S (Cmd+Shift+S on a Mac) switches person. */
export function isSwitchShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 's'
  );
}

/**
 * Everything that locks the app while someone is working: the quiet time (this window's own activity together with
 * the PC's idle time where the desktop app can tell), the PC locking or going to sleep, the Lock shortcut and menu
 * command; and the shortcut and menu command to switch person.
 */
export function useLockTriggers({ active, idleMinutes, lock, switchPerson }: LockTriggers): void {
  useEffect(() => {
    if (!active) return;
    const api = getAppApi();
    const timer = new IdleTimer({
      timeoutMs: idleMinutes * 60_000,
      onIdle: () => lock(),
      systemIdleSeconds: () => api.system.idleSeconds(),
    });
    timer.start();
    const onActivity = () => timer.noteActivity();
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    const onKey = (event: KeyboardEvent) => {
      if (isLockShortcut(event)) {
        event.preventDefault();
        lock();
      } else if (isSwitchShortcut(event)) {
        event.preventDefault();
        switchPerson();
      }
    };
    window.addEventListener('keydown', onKey);
    const stopLockEvents = api.system.onLock(() => lock());
    const stopMenu = api.system.onMenuCommand((command) => {
      if (command === 'lock') lock();
      if (command === 'switch-person') switchPerson();
    });
    return () => {
      timer.stop();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      window.removeEventListener('keydown', onKey);
      stopLockEvents();
      stopMenu();
    };
  }, [active, idleMinutes, lock, switchPerson]);
}
