/**
 * The only bridge between the page and the desktop: exactly the AppApi object, nothing more. ipcRenderer itself is
 * never exposed, and every event pushed from the main process is checked before a listener sees it.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { z } from 'zod';
import {
  eventChannels,
  invokeChannels,
  type AppApi,
  type OpenedFile,
  type Unsubscribe,
} from '../shared/api/appApi';

export const UNEXPECTED_ANSWER_MESSAGE =
  'The app gave an answer it did not expect, so nothing was done with it. Please try again.';

/**
 * Electron prefixes errors thrown in the main process with "Error invoking remote method '…': Error: ". The main
 * process already words its messages for the person, so pass them on without the technical prefix.
 */
export function plainErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}

/** Asks main on one channel of the map: the arguments are that channel's, and so is the answer, once checked. */
async function call<Args extends z.ZodTuple, Result extends z.ZodType>(
  spec: { name: string; args: Args; result: Result },
  ...args: z.input<Args>
): Promise<z.output<Result>> {
  let answer: unknown;
  try {
    answer = await ipcRenderer.invoke(spec.name, ...args);
  } catch (error) {
    throw new Error(plainErrorMessage(error), { cause: error });
  }
  const parsed = spec.result.safeParse(answer);
  if (!parsed.success) throw new Error(UNEXPECTED_ANSWER_MESSAGE, { cause: parsed.error });
  return parsed.data;
}

function subscribe<Payload extends z.ZodType>(
  spec: { name: string; payload: Payload },
  listener: (value: z.output<Payload>) => void,
): Unsubscribe {
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
    const parsed = spec.payload.safeParse(payload);
    if (parsed.success) listener(parsed.data);
    else console.error(`Ignored an unexpected message on ${spec.name}`);
  };
  ipcRenderer.on(spec.name, wrapped);
  return () => {
    ipcRenderer.removeListener(spec.name, wrapped);
  };
}

/**
 * A bundle double-clicked before the interface has finished starting would otherwise arrive with nobody listening;
 * hold it until the first listener subscribes.
 */
const heldBundles: OpenedFile[] = [];
const bundleListeners = new Set<(file: OpenedFile) => void>();
subscribe(eventChannels.bundleOpened, (file) => {
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

const channels = invokeChannels;
const api = {
  info: () => call(channels.info),
  settings: {
    get: () => call(channels.settingsGet),
    set: (patch) => call(channels.settingsSet, patch),
  },
  files: {
    openBundle: () => call(channels.openBundle),
    saveBundle: (suggestedName, bytes) => call(channels.saveBundle, suggestedName, bytes),
    saveText: (suggestedName, text) => call(channels.saveText, suggestedName, text),
  },
  print: {
    toPdf: (suggestedName) => call(channels.printToPdf, suggestedName),
  },
  system: {
    idleSeconds: () => call(channels.idleSeconds),
    onLock: (listener) => subscribe(eventChannels.lock, listener),
    onMenuCommand: (listener) => subscribe(eventChannels.menuCommand, listener),
    setMenuState: (state) => call(channels.setMenuState, state),
    onBundleOpened,
  },
  folder: {
    support: () => call(channels.folderSupport),
    choose: (teamId) => call(channels.folderChoose, teamId),
    current: (teamId) => call(channels.folderCurrent, teamId),
    allow: (teamId) => call(channels.folderAllow, teamId),
    forget: (teamId) => call(channels.folderForget, teamId),
    list: (teamId) => call(channels.folderList, teamId),
    read: (teamId, name) => call(channels.folderRead, teamId, name),
    write: (teamId, name, bytes) => call(channels.folderWrite, teamId, name, bytes),
    remove: (teamId, name) => call(channels.folderRemove, teamId, name),
    watch: (teamId, on) => call(channels.folderWatch, teamId, on),
    onChange: (listener) => subscribe(eventChannels.folderChanged, listener),
  },
  keys: {
    keeping: () => call(channels.keysKeeping),
    remember: (teamId, passphrases) => call(channels.keysRemember, teamId, passphrases),
    recall: (teamId) => call(channels.keysRecall, teamId),
    forget: (teamId) => call(channels.keysForget, teamId),
    osProtectionAvailable: () => call(channels.osProtectionAvailable),
    osProtect: (key) => call(channels.osProtect, key),
    osUnprotect: (sealed) => call(channels.osUnprotect, sealed),
  },
} satisfies AppApi;

contextBridge.exposeInMainWorld('joinedUp', api);
