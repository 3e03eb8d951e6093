/**
 * Reading a chosen bundle and writing files the person saves. Writes go to a temporary file in the same folder
 * that is flushed and then renamed over the target, so a crash or full disk never leaves a half-written file.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, stat, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { OpenedFile } from '../shared/api/appApi';

/** Matches the largest bundle the interface may send back to be saved. */
export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

export async function readBundleFile(path: string, maxBytes = MAX_BUNDLE_BYTES): Promise<OpenedFile> {
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Error(`The file "${name}" could not be found or opened.`);
  }
  if (!info.isFile()) throw new Error(`"${name}" is a folder, not a Joined Up file.`);
  if (info.size > maxBytes) {
    throw new Error(`The file "${name}" is too large to be a Joined Up file.`);
  }
  try {
    const buffer = await readFile(path);
    return { name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch {
    throw new Error(`The file "${name}" could not be read.`);
  }
}

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
