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
  type OpenedFile,
  type Unsubscribe,
} from '../shared/api/appApi';

const openedFileSchema = z.object({ name: z.string().min(1).max(260), bytes: z.instanceof(Uint8Array) });

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
  info: () => ipcRenderer.invoke(IPC.info),
  settings: {
    get: () => ipcRenderer.invoke(IPC.settingsGet),
    set: (patch) => ipcRenderer.invoke(IPC.settingsSet, patch),
  },
  files: {
    openBundle: () => ipcRenderer.invoke(IPC.openBundle),
    saveBundle: (suggestedName, bytes) => ipcRenderer.invoke(IPC.saveBundle, suggestedName, bytes),
    saveText: (suggestedName, text) => ipcRenderer.invoke(IPC.saveText, suggestedName, text),
  },
  print: {
    toPdf: (suggestedName) => ipcRenderer.invoke(IPC.printToPdf, suggestedName),
  },
  system: {
    idleSeconds: () => ipcRenderer.invoke(IPC.idleSeconds),
    onLock: (listener) => subscribe(IPC.lock, lockReasonSchema, listener),
    onMenuCommand: (listener) => subscribe(IPC.menuCommand, menuCommandSchema, listener),
    onBundleOpened,
  },
} satisfies AppApi;

contextBridge.exposeInMainWorld('joinedUp', api);
