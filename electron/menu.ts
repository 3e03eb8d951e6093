/**
 * The application menu. Building the template is a pure function so its shape (edit roles, shortcuts) is tested
 * without Electron; main.ts turns it into a Menu and wires `send` to the window.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/appApi';

export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Reload and developer tools only while developing. */
  isDev: boolean;
  send: (command: MenuCommand) => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, platform, isDev, send } = options;
  const isMac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(cmd),
    ...(accelerator ? { accelerator } : {}),
  });

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
      command('New case', 'new-case', 'CmdOrCtrl+N'),
      command('New reflective session', 'new-session'),
      command('Log training', 'log-training'),
      { type: 'separator' },
      command('Export bundle…', 'export-bundle', 'CmdOrCtrl+E'),
      command('Import bundle…', 'import-bundle', 'CmdOrCtrl+O'),
      { type: 'separator' },
      command('Lock', 'lock', 'CmdOrCtrl+L'),
      command('Switch person…', 'switch-person', 'CmdOrCtrl+Shift+L'),
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
      command('Board', 'go-board', 'CmdOrCtrl+1'),
      command('People', 'go-people', 'CmdOrCtrl+2'),
      command('Reflection', 'go-reflection', 'CmdOrCtrl+3'),
      command('Training', 'go-training', 'CmdOrCtrl+4'),
      command('Team charter', 'go-charter', 'CmdOrCtrl+5'),
      command('Share with the team', 'go-sync', 'CmdOrCtrl+6'),
      command('Settings', 'go-settings', 'CmdOrCtrl+7'),
      { type: 'separator' },
      command('Command palette…', 'command-palette', 'CmdOrCtrl+K'),
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
    submenu: [
      command('Keyboard shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
      ...(isMac ? [] : [{ role: 'about' } as const]),
    ],
  };

  return [...macApp, file, edit, go, view, windowMenu, help];
}
