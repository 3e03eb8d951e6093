/**
 * Entry point of the desktop shell: one instance, one hardened window, the app API over IPC, the menu, and bundle
 * files handed over by the operating system. It holds no domain logic; the renderer does the work.
 */
import { app, Menu, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IPC } from '../shared/api/appApi';
import { findBundlePath } from './bundleArgs';
import { readBundleFile } from './fileAccess';
import { forwardSystemEvents, registerIpcHandlers, sendMenuCommand, sendToWindow } from './ipc';
import { buildMenuTemplate } from './menu';
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
let rendererReady = false;
let pendingBundlePath: string | null = findBundlePath(process.argv);

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Reads a bundle the operating system handed us and gives it to the interface, or holds it until it is ready. */
async function deliverBundle(path: string): Promise<void> {
  if (!mainWindow || !rendererReady) {
    pendingBundlePath = path;
    return;
  }
  try {
    sendToWindow(mainWindow, IPC.bundleOpened, await readBundleFile(path));
  } catch (error) {
    console.error('Could not open the bundle handed to the app', error);
  }
}

function openExternal(url: string): void {
  if (isVettedExternalUrl(url)) void shell.openExternal(url);
}

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: it receives our arguments through 'second-instance' and opens any bundle itself.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    focusMainWindow();
    const path = findBundlePath(argv);
    if (path) void deliverBundle(path);
  });

  // macOS hands files over through this event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    focusMainWindow();
    void deliverBundle(path);
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    applySessionSecurity(session.defaultSession);
    const settings = openSettingsStore({ cwd: app.getPath('userData') });
    registerIpcHandlers({ getWindow: () => mainWindow, indexUrl, settings });
    forwardSystemEvents(() => mainWindow);

    const template = buildMenuTemplate({
      appName: app.getName(),
      platform: process.platform,
      isDev: !app.isPackaged,
      send: (command) => sendMenuCommand(mainWindow, command),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));

    mainWindow = createMainWindow(paths, settings);
    mainWindow.webContents.on('did-finish-load', () => {
      rendererReady = true;
      const path = pendingBundlePath;
      pendingBundlePath = null;
      if (path) void deliverBundle(path);
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
      rendererReady = false;
    });
  });
}
