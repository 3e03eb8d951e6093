/**
 * The main side of the app API. Every request first proves it comes from our own page in the main window, then
 * has its arguments checked with the zod schemas in shared/api/appApi.ts; anything else is refused with an Error.
 */
import { app, ipcMain, powerMonitor, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  IPC,
  ipcArgs,
  type AppInfo,
  type LockReason,
  type MenuCommand,
  type MenuState,
  type OpenedFile,
} from '../shared/api/appApi';
import { settingsPatchSchema } from '../shared/api/settings';
import { isAppIndexUrl } from './appProtocol';
import { chooseAndReadBundle, chooseAndSave } from './dialogs';
import type { FolderKeys } from './folderKeys';
import { registerFolderHandlers } from './folderIpc';
import { printToPdf } from './print';
import type { SettingsStore } from './settingsStore';

type InvokeChannel = keyof typeof ipcArgs;

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

/** Registers one invoke channel: the sender is checked, then the arguments, before `run` is called. */
export type Handle = <C extends InvokeChannel, S extends z.ZodType>(
  channel: C,
  schema: S,
  run: (args: z.output<S>, window: BrowserWindow) => unknown,
) => void;

export function registerIpcHandlers(context: IpcContext): void {
  // The schema is passed beside its channel (always ipcArgs[channel]) so each handler sees its own argument types.
  const handle: Handle = (channel, schema, run) => {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      const window = context.getWindow();
      if (!window || !isTrustedSender(event, window)) throw new Error(FOREIGN_SENDER_MESSAGE);
      const parsed = schema.safeParse(args);
      if (!parsed.success) throw refusal(parsed.error.issues);
      return run(parsed.data, window);
    });
  };

  handle(IPC.info, ipcArgs[IPC.info], (): AppInfo => ({
    name: app.getName(),
    version: app.getVersion(),
    shell: 'desktop',
    platform: process.platform,
    deviceId: context.settings.read().deviceId,
  }));
  handle(IPC.settingsGet, ipcArgs[IPC.settingsGet], () => context.settings.snapshot());
  handle(IPC.settingsSet, ipcArgs[IPC.settingsSet], ([patch]) => {
    const parsed = settingsPatchSchema.safeParse(patch);
    if (!parsed.success) throw refusal(parsed.error.issues);
    return context.settings.update(parsed.data);
  });
  handle(IPC.openBundle, ipcArgs[IPC.openBundle], (_args, window): Promise<OpenedFile | null> =>
    chooseAndReadBundle(window),
  );
  handle(IPC.saveBundle, ipcArgs[IPC.saveBundle], ([name, bytes], window) =>
    chooseAndSave(window, name, bytes),
  );
  handle(IPC.saveText, ipcArgs[IPC.saveText], ([name, text], window) => chooseAndSave(window, name, text));
  handle(IPC.printToPdf, ipcArgs[IPC.printToPdf], ([name], window) => printToPdf(window, name));
  handle(IPC.idleSeconds, ipcArgs[IPC.idleSeconds], () => powerMonitor.getSystemIdleTime());
  handle(IPC.setMenuState, ipcArgs[IPC.setMenuState], ([state]) => {
    context.onMenuState(state);
  });
  registerFolderHandlers(handle, context);
}

/** Pushes lock-worthy moments from the operating system to the interface. */
export function forwardSystemEvents(getWindow: () => BrowserWindow | null): void {
  const lock = (reason: LockReason) => () => sendToWindow(getWindow(), IPC.lock, reason);
  powerMonitor.on('lock-screen', lock('os-lock'));
  powerMonitor.on('suspend', lock('sleep'));
}

export function sendMenuCommand(window: BrowserWindow | null, command: MenuCommand): void {
  sendToWindow(window, IPC.menuCommand, command);
}

export function sendToWindow(window: BrowserWindow | null, channel: string, payload: unknown): void {
  if (window && !window.isDestroyed()) window.webContents.send(channel, payload);
}
