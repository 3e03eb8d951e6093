import { useCallback, useEffect } from 'react';
import type { MenuCommand } from '../../shared/api/appApi';
import { SECTION_SHORTCUTS } from '../../shared/shortcuts';
import { getAppApi } from '../bridge/appApi';
import { offerFile } from '../features/sync/openedFiles';
import { navigate } from './router/hashRoute';
import type { AccessScreen } from './access/accessMachine';

interface ShortcutOptions {
  /** What covers the app: shortcuts act only while it is 'open' (someone signed in, not locked). */
  accessScreen: AccessScreen;
  signedIn: boolean;
  openPalette: () => void;
  openHelp: () => void;
  lock: () => void;
  /** Also answers the menu on a locked screen, where the lock's own listeners are not running. */
  switchPerson: () => void;
}

const GO: ReadonlyMap<MenuCommand, string> = new Map(
  SECTION_SHORTCUTS.map((entry) => [entry.command, entry.section]),
);

/** True while typing in a box, where "?" is a character and not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/**
 * The app's keyboard shortcuts and the desktop menu's commands, in one place: Ctrl (Cmd on a Mac) with a digit
 * jumps to a section, Ctrl+K opens the command palette, Ctrl+/ or "?" the shortcuts help. It also tells the
 * desktop menu what applies now. Lock and switch person are answered by the lock's own listeners while someone is
 * working (renderer/app/access/useLockTriggers.ts), so they are not answered twice here.
 * Returns the function that runs a command, for the palette.
 */
export function useShortcuts(options: ShortcutOptions): (command: MenuCommand) => void {
  const { accessScreen, signedIn, openPalette, openHelp, lock, switchPerson } = options;
  const active = accessScreen === 'open';

  const run = useCallback(
    (command: MenuCommand) => {
      const section = GO.get(command);
      if (section) {
        navigate(section);
        return;
      }
      switch (command) {
        case 'new-case':
          navigate('board', 'new');
          return;
        case 'new-session':
          navigate('reflection', 'new');
          return;
        case 'log-training':
          navigate('training', 'new');
          return;
        case 'export-bundle':
          navigate('sync');
          return;
        case 'import-bundle':
          void bringInFile();
          return;
        case 'command-palette':
          openPalette();
          return;
        case 'shortcuts':
          openHelp();
          return;
        case 'lock':
          lock();
          return;
        case 'switch-person':
          switchPerson();
          return;
      }
    },
    [openPalette, openHelp, lock, switchPerson],
  );

  useEffect(() => {
    void getAppApi()
      .system.setMenuState({ teamOpen: true, signedIn, locked: !active })
      .catch(() => undefined);
  }, [signedIn, active]);
  useEffect(
    () => () => {
      void getAppApi()
        .system.setMenuState({ teamOpen: false, signedIn: false, locked: false })
        .catch(() => undefined);
    },
    [],
  );

  useEffect(() => {
    if (!active) {
      // Only switching person applies to a covered app (the menu greys out the rest).
      return getAppApi().system.onMenuCommand((command) => {
        if (command === 'switch-person') switchPerson();
      });
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && !event.shiftKey) {
        const digit = Number.parseInt(event.key, 10);
        const jump = SECTION_SHORTCUTS[digit - 1];
        if (jump && String(digit) === event.key) {
          event.preventDefault();
          navigate(jump.section);
        } else if (event.key.toLowerCase() === 'k') {
          event.preventDefault();
          openPalette();
        } else if (event.key === '/') {
          event.preventDefault();
          openHelp();
        }
        return;
      }
      if (event.key === '?' && !mod && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        openHelp();
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = getAppApi().system.onMenuCommand((command) => {
      if (command !== 'lock' && command !== 'switch-person') run(command);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [active, run, openPalette, openHelp, switchPerson]);

  return run;
}

/**
 * Chooses a team file and shows what it would bring in, on the Share and receive screen. If the file cannot be
 * read, that screen is shown anyway, where "Bring in a file" can be tried again and says what went wrong.
 */
async function bringInFile(): Promise<void> {
  const file = await getAppApi()
    .files.openBundle()
    .catch(() => null);
  if (file) offerFile(file);
  navigate('sync');
}
