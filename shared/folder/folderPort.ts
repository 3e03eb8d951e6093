/**
 * The small folder interface the team folder logic works over. The desktop app implements it with Node's file
 * system in the main process (electron/teamFolder.ts, over typed IPC), the browser with the File System Access API
 * (renderer/bridge/webFolder.ts), and tests with an in-memory folder that behaves like a file-sync tool
 * (memoryFolder.ts).
 */

export interface FolderEntry {
  name: string;
  size: number;
  /** Last modified, in ms since 1970. */
  modifiedAt: number;
}

/**
 * What went wrong with the folder: it is not there (a drive disconnected), this PC may not use it, a file is busy
 * (locked, still being copied), a file has gone (tidied away meanwhile), the disk is full, or something else.
 */
export type FolderProblem = 'gone' | 'denied' | 'busy' | 'missing' | 'full' | 'other';

export class FolderError extends Error {
  constructor(
    readonly problem: FolderProblem,
    message: string,
  ) {
    super(message);
    this.name = 'FolderError';
  }
}

/** A folder operation's outcome as plain data, so it crosses IPC intact. */
export type FolderResult<T> = { ok: true; value: T } | { ok: false; problem: FolderProblem; message: string };

export function folderProblemOf(error: unknown): FolderProblem {
  return error instanceof FolderError ? error.problem : 'other';
}

export interface FolderPort {
  /** The files directly in the folder (no sub-folders). Throws FolderError('gone') when the folder is not there. */
  list(): Promise<FolderEntry[]>;
  read(name: string): Promise<Uint8Array>;
  /** Writes under a temporary name in the same folder, then renames it to `name`: a reader sees all or nothing. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Removes a file; a file already gone is not an error. */
  remove(name: string): Promise<void>;
  /** Calls back when something in the folder may have changed; not every folder can tell (network drives). */
  watch?(onChange: () => void): () => void;
}

/** The operations of a folder that answers with FolderResult (the app API, the Node adapter). */
export interface ResultFolder {
  list(): Promise<FolderResult<FolderEntry[]>>;
  read(name: string): Promise<FolderResult<Uint8Array>>;
  write(name: string, bytes: Uint8Array): Promise<FolderResult<null>>;
  remove(name: string): Promise<FolderResult<null>>;
  watch?(onChange: () => void): () => void;
}

function unwrap<T>(result: FolderResult<T>): T {
  if (result.ok) return result.value;
  throw new FolderError(result.problem, result.message);
}

/** A FolderPort over a folder that answers with results: each failure becomes a FolderError. */
export function resultPort(folder: ResultFolder): FolderPort {
  const port: FolderPort = {
    list: async () => unwrap(await folder.list()),
    read: async (name) => unwrap(await folder.read(name)),
    write: async (name, bytes) => {
      unwrap(await folder.write(name, bytes));
    },
    remove: async (name) => {
      unwrap(await folder.remove(name));
    },
  };
  const { watch } = folder;
  return watch ? { ...port, watch: (onChange) => watch.call(folder, onChange) } : port;
}
