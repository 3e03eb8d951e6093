/**
 * Entry point of the desktop shell: one instance, one hardened window, the app API over IPC, the menu, and bundle
 * files handed over by the operating system. It holds no domain logic; the renderer does the work.
 */
import { app, Menu, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IPC, type MenuState } from '../shared/api/appApi';
import { createBundleHandover } from './bundleHandover';
import { readBundleFile } from './fileAccess';
import { forwardSystemEvents, registerIpcHandlers, sendMenuCommand, sendToWindow } from './ipc';
import { buildMenuTemplate, INITIAL_MENU_STATE } from './menu';
import { applySessionSecurity, guardWebContents, isVettedExternalUrl } from './security';
import { openSettingsStore } from './settingsStore';
import { createMainWindow } from './window';

const here = dirname(fileURLToPath(import.meta.url));
const paths = {
  preload: join(here, 'preload.cjs'),
  indexHtml: join(here, '..', 'renderer', 'index.html'),
};
const indexUrl = pathToFileURL(paths.indexHtml).href;

let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

const bundles = createBundleHandover({
  focus: focusMainWindow,
  read: readBundleFile,
  send: (file) => sendToWindow(mainWindow, IPC.bundleOpened, file),
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
    const settings = openSettingsStore({ cwd: app.getPath('userData') });
    registerIpcHandlers({ getWindow: () => mainWindow, indexUrl, settings, onMenuState: applyMenu });
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
