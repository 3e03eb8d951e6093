/**
 * A team folder on disk, for the main process: list, read, write (temporary name, flush, rename) and remove files
 * directly inside one chosen folder, and watch it. Every name is a plain file name, resolved and checked to stay
 * inside the folder. Errors become the folder problems of shared/folder/folderPort.ts, in plain words.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { FolderResult } from '../shared/api/folderApi';
import type { FolderEntry, FolderProblem } from '../shared/folder/folderPort';
import { writeFileAtomic } from './fileAccess';

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : '';
}

/** What a file system error means for the team folder. */
export function problemOf(error: unknown, folderGone: boolean): FolderProblem {
  const code = errorCode(error);
  if (folderGone) return 'gone';
  if (code === 'ENOENT') return 'missing';
  if (code === 'EACCES' || code === 'EPERM') return 'denied';
  if (code === 'EBUSY' || code === 'ETXTBSY' || code === 'EAGAIN' || code === 'EMFILE') return 'busy';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  return 'other';
}

const MESSAGES: Record<FolderProblem, string> = {
  gone: 'The team folder cannot be reached.',
  denied: 'This PC is not allowed to use the team folder.',
  busy: 'A file in the team folder is busy.',
  missing: 'The file is no longer in the team folder.',
  full: 'There is no room left in the team folder.',
  other: 'The team folder could not be used.',
};

function failure<T>(problem: FolderProblem): FolderResult<T> {
  return { ok: false, problem, message: MESSAGES[problem] };
}

export class NodeFolder {
  readonly path: string;

  constructor(path: string) {
    this.path = resolve(path);
  }

  /** The full path of a file directly in the folder; refuses anything that would lead elsewhere. */
  pathOf(name: string): string {
    const full = resolve(this.path, name);
    if (/[\\/]/.test(name) || dirname(full) !== this.path || basename(full) !== name) {
      throw new Error('A file name cannot lead out of the team folder.');
    }
    return full;
  }

  private async folderGone(): Promise<boolean> {
    try {
      return !(await stat(this.path)).isDirectory();
    } catch {
      return true;
    }
  }

  private async fail<T>(error: unknown): Promise<FolderResult<T>> {
    return failure(problemOf(error, await this.folderGone()));
  }

  async list(): Promise<FolderResult<FolderEntry[]>> {
    try {
      const entries = await readdir(this.path, { withFileTypes: true });
      const files: FolderEntry[] = [];
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        try {
          const info = await stat(this.pathOf(entry.name));
          files.push({ name: entry.name, size: info.size, modifiedAt: info.mtimeMs });
        } catch {
          // Gone between listing and looking (tidied away by its PC): simply not there.
        }
      }
      return { ok: true, value: files };
    } catch (error) {
      return this.fail(error);
    }
  }

  async read(name: string): Promise<FolderResult<Uint8Array>> {
    try {
      const buffer = await readFile(this.pathOf(name));
      return { ok: true, value: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
    } catch (error) {
      return this.fail(error);
    }
  }

  /** Writes under a hidden temporary name beside the file, flushes it, then renames it over `name`. */
  async write(name: string, bytes: Uint8Array): Promise<FolderResult<null>> {
    try {
      await writeFileAtomic(this.pathOf(name), bytes);
      return { ok: true, value: null };
    } catch (error) {
      return this.fail(error);
    }
  }

  async remove(name: string): Promise<FolderResult<null>> {
    try {
      await unlink(this.pathOf(name));
      return { ok: true, value: null };
    } catch (error) {
      if (errorCode(error) === 'ENOENT' && !(await this.folderGone())) return { ok: true, value: null };
      return this.fail(error);
    }
  }

  /**
   * Calls back when the operating system says something in the folder changed. Network drives often say nothing,
   * and some folders cannot be watched at all: the interface also looks every few seconds (shared/folder/runner.ts).
   */
  watch(onChange: () => void): () => void {
    let watcher: FSWatcher | null = null;
    try {
      watcher = watch(this.path, { persistent: false }, () => onChange());
      watcher.on('error', () => {
        watcher?.close();
        watcher = null;
      });
    } catch {
      watcher = null;
    }
    return () => watcher?.close();
  }
}
