/**
 * The only bridge between the page and the desktop: exactly the AppApi object, nothing more. ipcRenderer itself is
 * never exposed, and every event pushed from the main process is checked before a listener sees it.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { z } from 'zod';
import {
  IPC,
  lockReasonSchema,
  menuCommandSchema,
  type AppApi,
  type AppInfo,
  type OpenedFile,
  type SaveResult,
  type Unsubscribe,
} from '../shared/api/appApi';
import { keyChannels as keys } from '../shared/api/keyChannels';
import type { Settings, SettingsSnapshot } from '../shared/api/settings';

const openedFileSchema = z.object({ name: z.string().min(1).max(260), bytes: z.instanceof(Uint8Array) });

/**
 * Electron prefixes errors thrown in the main process with "Error invoking remote method '…': Error: ". The main
 * process already words its messages for the person, so pass them on without the technical prefix.
 */
export function plainErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}

async function call<T>(channel: string, ...args: unknown[]): Promise<T> {
  try {
    const result: T = await ipcRenderer.invoke(channel, ...args);
    return result;
  } catch (error) {
    throw new Error(plainErrorMessage(error), { cause: error });
  }
}

/** An answer checked against its channel's schema before the page sees it (the keys' channels say theirs). */
function checked<T>(schema: z.ZodType<T>, answer: unknown): T {
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new Error('The desktop app gave an answer Joined Up did not expect.');
  return parsed.data;
}

function subscribe<T>(channel: string, schema: z.ZodType<T>, listener: (value: T) => void): Unsubscribe {
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) listener(parsed.data);
    else console.error(`Ignored an unexpected message on ${channel}`);
  };
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

/**
 * A bundle double-clicked before the interface has finished starting would otherwise arrive with nobody listening;
 * hold it until the first listener subscribes.
 */
const heldBundles: OpenedFile[] = [];
const bundleListeners = new Set<(file: OpenedFile) => void>();
subscribe(IPC.bundleOpened, openedFileSchema, (file) => {
  if (bundleListeners.size === 0) heldBundles.push(file);
  for (const listener of bundleListeners) listener(file);
});

function onBundleOpened(listener: (file: OpenedFile) => void): Unsubscribe {
  bundleListeners.add(listener);
  for (const file of heldBundles.splice(0)) listener(file);
  return () => {
    bundleListeners.delete(listener);
  };
}

const api = {
  info: () => call<AppInfo>(IPC.info),
  settings: {
    get: () => call<SettingsSnapshot>(IPC.settingsGet),
    set: (patch) => call<Settings>(IPC.settingsSet, patch),
  },
  files: {
    openBundle: () => call<OpenedFile | null>(IPC.openBundle),
    saveBundle: (suggestedName, bytes) => call<SaveResult>(IPC.saveBundle, suggestedName, bytes),
    saveText: (suggestedName, text) => call<SaveResult>(IPC.saveText, suggestedName, text),
  },
  print: {
    toPdf: (suggestedName) => call<SaveResult>(IPC.printToPdf, suggestedName),
  },
  keys: {
    osProtectionAvailable: async () =>
      checked(keys.osProtectionAvailable.result, await call(keys.osProtectionAvailable.name)),
    osProtect: async (key) => checked(keys.osProtect.result, await call(keys.osProtect.name, key)),
    osUnprotect: async (sealed) =>
      checked(keys.osUnprotect.result, await call(keys.osUnprotect.name, sealed)),
  },
  system: {
    idleSeconds: () => call<number | null>(IPC.idleSeconds),
    onLock: (listener) => subscribe(IPC.lock, lockReasonSchema, listener),
    onMenuCommand: (listener) => subscribe(IPC.menuCommand, menuCommandSchema, listener),
    setMenuState: async (state) => {
      await call<unknown>(IPC.setMenuState, state);
    },
    onBundleOpened,
  },
} satisfies AppApi;

contextBridge.exposeInMainWorld('joinedUp', api);
