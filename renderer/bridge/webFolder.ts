/**
 * The team folder in a browser, through the File System Access API: the person picks the folder once; its handle
 * is kept in this browser's IndexedDB (`joinedup-folders`, one row per team) so the next visit finds it, and the
 * browser may ask the person to allow it again. Browsers without the API (Firefox, Safari) are told so plainly.
 * The remembered passphrase lives in the window's session storage: for this session only.
 */
import Dexie, { type Table } from 'dexie';
import type { FolderApi, KeyApi } from '../../shared/api/appApi';
import type { FolderChoice, FolderResult } from '../../shared/api/folderApi';
import type { FolderEntry, FolderProblem } from '../../shared/folder/folderPort';

export const UNSUPPORTED_REASON =
  'This browser cannot keep using a shared folder. Use the Joined Up desktop app, or open Joined Up in Chrome or Edge.';

interface HandleRow {
  teamId: string;
  handle: FileSystemDirectoryHandle;
}

class FolderHandles extends Dexie {
  declare handles: Table<HandleRow, string>;
  constructor() {
    super('joinedup-folders');
    this.version(1).stores({ handles: 'teamId' });
  }
}

let handles: FolderHandles | null = null;
const store = () => (handles ??= new FolderHandles());

/** Parts of the File System Access API that TypeScript's DOM types do not describe yet. */
interface PermissionAware {
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}
interface Movable {
  move?(name: string): Promise<void>;
}

function directoryPicker(): ((options: object) => Promise<FileSystemDirectoryHandle>) | null {
  const picker: unknown = Reflect.get(window, 'showDirectoryPicker');
  if (typeof picker !== 'function') return null;
  return async (options) => {
    const picked: unknown = await Reflect.apply(picker, window, [options]);
    if (!(picked instanceof FileSystemDirectoryHandle)) throw new Error('No folder was chosen.');
    return picked;
  };
}

const MESSAGES: Record<FolderProblem, string> = {
  gone: 'The team folder cannot be reached.',
  denied: 'This browser has not been allowed to use the team folder.',
  busy: 'A file in the team folder is busy.',
  missing: 'The file is no longer in the team folder.',
  full: 'There is no room left in the team folder.',
  other: 'The team folder could not be used.',
};

function problemOf(error: unknown, file: boolean): FolderProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotFoundError') return file ? 'missing' : 'gone';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NoModificationAllowedError' || name === 'NotReadableError') return 'busy';
  if (name === 'QuotaExceededError') return 'full';
  return 'other';
}

function failed<T>(error: unknown, file = false): FolderResult<T> {
  const problem = problemOf(error, file);
  return { ok: false, problem, message: MESSAGES[problem] };
}

async function access(handle: FileSystemDirectoryHandle): Promise<FolderChoice['access']> {
  const aware: FileSystemDirectoryHandle & PermissionAware = handle;
  const state = (await aware.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
  return state === 'granted' ? 'granted' : 'ask';
}

async function handleOf(teamId: string): Promise<FileSystemDirectoryHandle | null> {
  return (await store().handles.get(teamId))?.handle ?? null;
}

async function withHandle<T>(
  teamId: string,
  run: (handle: FileSystemDirectoryHandle) => Promise<FolderResult<T>>,
): Promise<FolderResult<T>> {
  const handle = await handleOf(teamId);
  if (!handle)
    return { ok: false, problem: 'gone', message: 'No team folder has been chosen in this browser.' };
  try {
    return await run(handle);
  } catch (error) {
    return failed(error);
  }
}

function temporaryName(name: string): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return `.${name}.${random.toString(16).padStart(8, '0')}.tmp`;
}

export function createWebFolder(): FolderApi {
  return {
    async support() {
      return directoryPicker() ? { supported: true } : { supported: false, reason: UNSUPPORTED_REASON };
    },
    async choose(teamId) {
      const picker = directoryPicker();
      if (!picker) throw new Error(UNSUPPORTED_REASON);
      let handle: FileSystemDirectoryHandle;
      try {
        handle = await picker({ id: `joinedup-${teamId}`.slice(0, 32), mode: 'readwrite' });
      } catch {
        // The person closed the picker.
        return null;
      }
      await store().handles.put({ teamId, handle });
      return { name: handle.name, access: await access(handle) };
    },
    async current(teamId) {
      const handle = await handleOf(teamId);
      return handle ? { name: handle.name, access: await access(handle) } : null;
    },
    async allow(teamId) {
      const handle: (FileSystemDirectoryHandle & PermissionAware) | null = await handleOf(teamId);
      if (!handle) return false;
      return ((await handle.requestPermission?.({ mode: 'readwrite' })) ?? 'granted') === 'granted';
    },
    async forget(teamId) {
      await store().handles.delete(teamId);
    },
    list: (teamId) =>
      withHandle(teamId, async (handle) => {
        const files: FolderEntry[] = [];
        for await (const entry of handle.values()) {
          if (entry.kind !== 'file') continue;
          try {
            const file = await entry.getFile();
            files.push({ name: entry.name, size: file.size, modifiedAt: file.lastModified });
          } catch {
            // Gone or busy between listing and looking: left for the next look.
          }
        }
        return { ok: true, value: files };
      }),
    read: (teamId, name) =>
      withHandle(teamId, async (handle) => {
        try {
          const file = await (await handle.getFileHandle(name)).getFile();
          return { ok: true, value: new Uint8Array(await file.arrayBuffer()) };
        } catch (error) {
          return failed(error, true);
        }
      }),
    write: (teamId, name, bytes) =>
      withHandle(teamId, async (handle) => {
        const temporary = temporaryName(name);
        const file: FileSystemFileHandle & Movable = await handle.getFileHandle(temporary, { create: true });
        const writable = await file.createWritable();
        await writable.write(bytes.slice().buffer);
        await writable.close();
        if (file.move) {
          await file.move(name);
        } else {
          // Without move(), the browser's own writer still swaps the whole file in only on close.
          await handle.removeEntry(temporary);
          const target = await (await handle.getFileHandle(name, { create: true })).createWritable();
          await target.write(bytes.slice().buffer);
          await target.close();
        }
        return { ok: true, value: null };
      }),
    remove: (teamId, name) =>
      withHandle(teamId, async (handle) => {
        try {
          await handle.removeEntry(name);
        } catch (error) {
          if (problemOf(error, true) !== 'missing') throw error;
        }
        return { ok: true, value: null };
      }),
    // A browser cannot watch a folder yet: the interface looks every few seconds (shared/folder/runner.ts).
    async watch() {},
    onChange: () => () => undefined,
  };
}

const KEY_PREFIX = 'joinedup.folderKey.';

/** The passphrase for the team folder, kept in this window's session only. */
export function createSessionKeys(
  storage: Storage = window.sessionStorage,
): Pick<KeyApi, 'keeping' | 'remember' | 'recall' | 'forget'> {
  return {
    async keeping() {
      return 'session';
    },
    async remember(teamId, passphrases) {
      storage.setItem(`${KEY_PREFIX}${teamId}`, JSON.stringify(passphrases));
      return 'session';
    },
    async recall(teamId) {
      const raw = storage.getItem(`${KEY_PREFIX}${teamId}`);
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') && parsed.length > 0
          ? parsed
          : null;
      } catch {
        return null;
      }
    },
    async forget(teamId) {
      storage.removeItem(`${KEY_PREFIX}${teamId}`);
    },
  };
}
