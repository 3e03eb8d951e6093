/**
 * Entry point of the desktop shell: one instance, one hardened window, the app API over IPC, the menu, and bundle
 * files handed over by the operating system. It holds no domain logic; the renderer does the work.
 */
import { app, Menu, protocol, safeStorage, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MenuState } from '../shared/api/appApi';
import { APP_INDEX_URL } from './appProtocol';
import { registerAppScheme, serveAppFiles } from './appProtocolHandler';
import { createBundleHandover } from './bundleHandover';
import { readBundleFile } from './fileAccess';
import { openFolderKeys } from './folderKeys';
import { forwardSystemEvents, registerIpcHandlers, sendMenuCommand } from './ipc';
import { sendToWindow } from './ipcHandle';
import { buildMenuTemplate, INITIAL_MENU_STATE } from './menu';
import { applySessionSecurity, guardWebContents, isVettedExternalUrl } from './security';
import { openSettingsStore } from './settingsStore';
import { createMainWindow } from './window';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '..', 'renderer');
const paths = { preload: join(here, 'preload.cjs'), indexUrl: APP_INDEX_URL };

// Privileged schemes can only be declared before the app is ready.
registerAppScheme(protocol);

let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

const bundles = createBundleHandover({
  focus: focusMainWindow,
  read: readBundleFile,
  send: (file) => sendToWindow(mainWindow, 'bundleOpened', file),
});
bundles.fromArgs(process.argv, process.cwd());

/** The menu is rebuilt whenever the interface says what applies, so greyed-out commands match the screen. */
function applyMenu(state: MenuState): void {
  const template = buildMenuTemplate({
    appName: app.getName(),
    platform: process.platform,
    isDev: !app.isPackaged,
    send: (command) => sendMenuCommand(mainWindow, command),
    state,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openExternal(url: string): void {
  if (isVettedExternalUrl(url)) void shell.openExternal(url);
}

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: it receives our arguments through 'second-instance' and opens any bundle itself.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => bundles.fromArgs(argv, workingDirectory));

  // macOS hands files over through this event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    bundles.fromPath(path);
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    applySessionSecurity(session.defaultSession);
    serveAppFiles(session.defaultSession.protocol, rendererRoot);
    const settings = openSettingsStore({ cwd: app.getPath('userData') });
    const folderKeys = openFolderKeys(app.getPath('userData'), safeStorage);
    registerIpcHandlers({ getWindow: () => mainWindow, settings, folderKeys, onMenuState: applyMenu });
    forwardSystemEvents(() => mainWindow);
    applyMenu(INITIAL_MENU_STATE);

    mainWindow = createMainWindow(paths, settings);
    mainWindow.webContents.on('did-start-loading', () => {
      bundles.pageGone();
      // A reload starts with nothing open or signed in; the page says otherwise once it knows.
      applyMenu(INITIAL_MENU_STATE);
    });
    mainWindow.webContents.on('did-finish-load', () => void bundles.pageReady());
    mainWindow.on('closed', () => {
      mainWindow = null;
      bundles.pageGone();
    });
  });
}
