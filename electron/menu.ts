/**
 * The application menu. Building the template is a pure function so its shape (edit roles, shortcuts) is tested
 * without Electron; main.ts turns it into a Menu and wires `send` to the window.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuState } from '../shared/api/appApi';
import { acceleratorFor, SECTION_SHORTCUTS } from '../shared/shortcuts';

/** Before the interface has said anything: nothing open, so only the shortcuts help is offered. */
export const INITIAL_MENU_STATE: MenuState = { teamOpen: false, signedIn: false, locked: false };

/**
 * Whether a command applies now. Team work needs someone signed in and the app unlocked (a locked PC must not
 * start a case or save a file for the locked person); switching person is how a locked or unclaimed PC is used,
 * so it needs only an open team; the shortcuts help reveals nothing and is always there.
 */
export function isCommandEnabled(command: MenuCommand, state: MenuState): boolean {
  if (command === 'shortcuts') return true;
  if (command === 'switch-person') return state.teamOpen;
  return state.teamOpen && state.signedIn && !state.locked;
}

export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Reload and developer tools only while developing. */
  isDev: boolean;
  send: (command: MenuCommand) => void;
  /** What the interface last said it shows; commands that do not apply are greyed out. */
  state?: MenuState;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, platform, isDev, send, state = INITIAL_MENU_STATE } = options;
  const isMac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator = acceleratorFor(cmd)) => {
    const item: MenuItemConstructorOptions = {
      label,
      enabled: isCommandEnabled(cmd, state),
      click: () => send(cmd),
      ...(accelerator ? { accelerator } : {}),
    };
    return item;
  };

  const macApp: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            command('Settings…', 'go-settings', 'CmdOrCtrl+,'),
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New case', 'new-case'),
      command('New reflective session', 'new-session'),
      command('Log training', 'log-training'),
      { type: 'separator' },
      command('Save a file for another PC…', 'export-bundle'),
      command('Bring in a file…', 'import-bundle'),
      { type: 'separator' },
      command('Lock', 'lock'),
      command('Switch person…', 'switch-person'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Exit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const go: MenuItemConstructorOptions = {
    label: 'Go',
    submenu: [
      ...SECTION_SHORTCUTS.map((entry) => command(entry.label, entry.command)),
      { type: 'separator' },
      command('Find or run a command…', 'command-palette'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isDev
        ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    role: 'windowMenu',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    submenu: [command('Keyboard shortcuts', 'shortcuts'), ...(isMac ? [] : [{ role: 'about' } as const])],
  };

  return [...macApp, file, edit, go, view, windowMenu, help];
}
