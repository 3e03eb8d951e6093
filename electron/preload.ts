/**
 * The only bridge between the page and the desktop: exactly the AppApi object, nothing more. ipcRenderer itself is
 * never exposed, and every event pushed from the main process is checked before a listener sees it.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { z } from 'zod';
import { teamIdSchema } from '../shared/api/folderApi';
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
import type { FolderChoice, FolderResult, FolderSupport, KeyKeeping } from '../shared/api/folderApi';
import type { Settings, SettingsSnapshot } from '../shared/api/settings';
import type { FolderEntry } from '../shared/folder/folderPort';

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
  system: {
    idleSeconds: () => call<number | null>(IPC.idleSeconds),
    onLock: (listener) => subscribe(IPC.lock, lockReasonSchema, listener),
    onMenuCommand: (listener) => subscribe(IPC.menuCommand, menuCommandSchema, listener),
    setMenuState: async (state) => {
      await call<unknown>(IPC.setMenuState, state);
    },
    onBundleOpened,
  },
  folder: {
    support: () => call<FolderSupport>(IPC.folderSupport),
    choose: (teamId) => call<FolderChoice | null>(IPC.folderChoose, teamId),
    current: (teamId) => call<FolderChoice | null>(IPC.folderCurrent, teamId),
    allow: (teamId) => call<boolean>(IPC.folderAllow, teamId),
    forget: async (teamId) => {
      await call<unknown>(IPC.folderForget, teamId);
    },
    list: (teamId) => call<FolderResult<FolderEntry[]>>(IPC.folderList, teamId),
    read: (teamId, name) => call<FolderResult<Uint8Array>>(IPC.folderRead, teamId, name),
    write: (teamId, name, bytes) => call<FolderResult<null>>(IPC.folderWrite, teamId, name, bytes),
    remove: (teamId, name) => call<FolderResult<null>>(IPC.folderRemove, teamId, name),
    watch: async (teamId, on) => {
      await call<unknown>(IPC.folderWatch, teamId, on);
    },
    onChange: (listener) => subscribe(IPC.folderChanged, teamIdSchema, listener),
  },
  keys: {
    keeping: () => call<KeyKeeping>(IPC.keysKeeping),
    remember: (teamId, passphrases) => call<KeyKeeping>(IPC.keysRemember, teamId, passphrases),
    recall: (teamId) => call<string[] | null>(IPC.keysRecall, teamId),
    forget: async (teamId) => {
      await call<unknown>(IPC.keysForget, teamId);
    },
  },
} satisfies AppApi;

contextBridge.exposeInMainWorld('joinedUp', api);
