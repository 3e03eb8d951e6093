/**
 * The team folder and the remembered passphrase in the app API: what the interface may ask of the shell, and the
 * zod schemas every argument is checked with before the main process acts. The interface names a folder only by
 * the team it belongs to and files only by their plain name; it never sees or sends a path.
 */
import { z } from 'zod';
import type { FolderEntry, FolderResult } from '../folder/folderPort';

export type { FolderResult };

/** The team's folder on this PC: its name to show, and whether it may be used now or the person must allow it. */
export interface FolderChoice {
  name: string;
  access: 'granted' | 'ask';
}

export type FolderSupport = { supported: true } | { supported: false; reason: string };

/** Where a remembered passphrase is kept: by the operating system's protected storage, or for this session only. */
export type KeyKeeping = 'protected' | 'session';

export interface FolderApi {
  support(): Promise<FolderSupport>;
  /** Asks the person to choose the team's folder; null when they cancel. */
  choose(teamId: string): Promise<FolderChoice | null>;
  current(teamId: string): Promise<FolderChoice | null>;
  /** Asks the person again for permission to use the folder (a browser; call from a click). */
  allow(teamId: string): Promise<boolean>;
  forget(teamId: string): Promise<void>;
  list(teamId: string): Promise<FolderResult<FolderEntry[]>>;
  read(teamId: string, name: string): Promise<FolderResult<Uint8Array>>;
  write(teamId: string, name: string, bytes: Uint8Array): Promise<FolderResult<null>>;
  remove(teamId: string, name: string): Promise<FolderResult<null>>;
  /** Starts or stops telling the interface when the team's folder may have changed. */
  watch(teamId: string, on: boolean): Promise<void>;
  /** Returns its unsubscribe. */
  onChange(listener: (teamId: string) => void): () => void;
}

export interface KeyApi {
  keeping(): Promise<KeyKeeping>;
  /** Keeps the team's passphrases for the folder, the current one first (a new one replaces the list). */
  remember(teamId: string, passphrases: readonly string[]): Promise<KeyKeeping>;
  recall(teamId: string): Promise<string[] | null>;
  forget(teamId: string): Promise<void>;
}

export const MAX_FOLDER_FILE_BYTES = 512 * 1024 * 1024;

export const teamIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'That is not a team on this PC.');

/**
 * A file's plain name inside the team folder: no folders, no "..", nothing hidden but our own temporary files,
 * and only the kinds of file the team folder holds.
 */
export const folderFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^\\/:*?"<>|\p{Cc}]+$/u, 'A file name cannot contain folders or special characters.')
  .refine((name) => name !== '.' && name !== '..', 'A file name cannot lead out of the folder.')
  .refine(
    (name) => /\.(joinedup|tmp)$/i.test(name),
    'Only Joined Up files are read and written in a team folder.',
  );

export const folderBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_FOLDER_FILE_BYTES, 'The file is too large.');

export const passphrasesSchema = z.array(z.string().min(1).max(1000)).min(1).max(4);

export const folderEntrySchema = z.object({
  name: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
  modifiedAt: z.number(),
});
