/**
 * The main side of the app API. Every request first proves it comes from our own page in the main window, then
 * has its arguments checked with the zod schemas in shared/api/appApi.ts; anything else is refused with an Error.
 */
import { app, ipcMain, powerMonitor, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import {
  invokeChannels,
  type AppInfo,
  type EventPayload,
  type MenuCommand,
  type MenuState,
} from '../shared/api/appApi';
import { isAppIndexUrl } from './appProtocol';
import { chooseAndReadBundle, chooseAndSave } from './dialogs';
import type { FolderKeys } from './folderKeys';
import { registerFolderHandlers } from './folderIpc';
import { sendToWindow, type Handle } from './ipcHandle';
import { osProtect, osProtectionAvailable, osUnprotect } from './osKeys';
import { printToPdf } from './print';
import type { SettingsStore } from './settingsStore';

export const FOREIGN_SENDER_MESSAGE =
  'This request did not come from the Joined Up window, so it was refused.';

export interface IpcContext {
  getWindow: () => BrowserWindow | null;
  settings: SettingsStore;
  folderKeys: FolderKeys;
  /** The interface said what it shows now: main rebuilds the menu with only the commands that apply. */
  onMenuState: (state: MenuState) => void;
}

/**
 * True only for the top frame of the main window showing our own app://joinedup/index.html (any #route or ?query).
 * A file:// page, even a copy of ours, or a page on another host is refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) return false;
  // Compared by id: Electron may hand out a different wrapper object for the same web contents.
  if (event.sender.id !== window.webContents.id || frame.parent !== null) return false;
  return isAppIndexUrl(frame.url);
}

function refusal(issues: readonly { message: string }[]): Error {
  return new Error(
    `That could not be done: ${issues[0]?.message ?? 'the request was not in the expected form'}`,
  );
}

export function registerIpcHandlers(context: IpcContext): void {
  const handle: Handle = (spec, run) => {
    ipcMain.handle(spec.name, (event, ...args: unknown[]) => {
      const window = context.getWindow();
      if (!window || !isTrustedSender(event, window)) throw new Error(FOREIGN_SENDER_MESSAGE);
      const parsed = spec.args.safeParse(args);
      if (!parsed.success) throw refusal(parsed.error.issues);
      return run(parsed.data, window);
    });
  };

  // The channel map decides each handler's argument and answer types.
  const channels = invokeChannels;
  handle(channels.info, (): AppInfo => ({
    name: app.getName(),
    version: app.getVersion(),
    shell: 'desktop',
    platform: process.platform,
    deviceId: context.settings.read().deviceId,
  }));
  handle(channels.settingsGet, () => context.settings.snapshot());
  handle(channels.settingsSet, ([patch]) => context.settings.update(patch));
  handle(channels.openBundle, (_args, window) => chooseAndReadBundle(window));
  handle(channels.saveBundle, ([name, bytes], window) => chooseAndSave(window, name, bytes));
  handle(channels.saveText, ([name, text], window) => chooseAndSave(window, name, text));
  handle(channels.printToPdf, ([name], window) => printToPdf(window, name));
  handle(channels.idleSeconds, () => powerMonitor.getSystemIdleTime());
  handle(channels.setMenuState, ([state]) => {
    context.onMenuState(state);
  });
  handle(channels.osProtectionAvailable, () => osProtectionAvailable());
  handle(channels.osProtect, ([key]) => osProtect(key));
  handle(channels.osUnprotect, ([sealed]) => osUnprotect(sealed));
  registerFolderHandlers(handle, context);
}

/** Pushes lock-worthy moments from the operating system to the interface. */
export function forwardSystemEvents(getWindow: () => BrowserWindow | null): void {
  const lock = (reason: EventPayload<'lock'>) => () => sendToWindow(getWindow(), 'lock', reason);
  powerMonitor.on('lock-screen', lock('os-lock'));
  powerMonitor.on('suspend', lock('sleep'));
}

export function sendMenuCommand(window: BrowserWindow | null, command: MenuCommand): void {
  sendToWindow(window, 'menuCommand', command);
}
