/** Creates the one main window with hardened web preferences and remembers where the person left it. */
import { BrowserWindow, screen } from 'electron';
import type { SettingsStore } from './settingsStore';
import { placeWindow } from './windowState';

export interface WindowPaths {
  preload: string;
  /** The app:// address of the interface (APP_INDEX_URL), never a file:// one. */
  indexUrl: string;
}

export function createMainWindow(paths: WindowPaths, settings: SettingsStore): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const primary = screen.getPrimaryDisplay().workArea;
  const placement = placeWindow(settings.read().windowBounds, [primary, ...workAreas]);

  const window = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: 400,
    minHeight: 300,
    show: false,
    title: 'Joined Up',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: paths.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click on a link would otherwise ask to open a new window; refused anyway, but not even offered.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });

  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });

  // Saved on close rather than on every move: one write, and the normal (unmaximised) size is what comes back.
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    settings.setWindowBounds({ ...bounds, maximized: window.isMaximized() });
  });

  void window.loadURL(paths.indexUrl);
  return window;
}
