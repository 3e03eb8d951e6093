/**
 * The team folder and the remembered passphrase in the app API: what the interface may ask of the shell, and the
 * zod schemas every argument is checked with before the main process acts. The interface names a folder only by
 * the team it belongs to and files only by their plain name; it never sees or sends a path.
 */
import { z } from 'zod';
import type { FolderResult } from '../folder/folderPort';

export type { FolderResult };

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
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected bytes.')
  .refine((bytes) => bytes.byteLength <= MAX_FOLDER_FILE_BYTES, 'The file is too large.');

export const passphrasesSchema = z.array(z.string().min(1).max(1000)).min(1).max(4);

export const folderEntrySchema = z.object({
  name: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
  modifiedAt: z.number(),
});

/** The team's folder on this PC: its name to show, and whether it may be used now or the person must allow it. */
export const folderChoiceSchema = z.strictObject({
  name: z.string().min(1).max(1000),
  access: z.enum(['granted', 'ask']),
});
export type FolderChoice = z.infer<typeof folderChoiceSchema>;

export const folderSupportSchema = z.discriminatedUnion('supported', [
  z.strictObject({ supported: z.literal(true) }),
  z.strictObject({ supported: z.literal(false), reason: z.string() }),
]);
export type FolderSupport = z.infer<typeof folderSupportSchema>;

/** Where a remembered passphrase is kept: by the operating system's protected storage, or for this session only. */
export const keyKeepingSchema = z.enum(['protected', 'session']);
export type KeyKeeping = z.infer<typeof keyKeepingSchema>;

const folderProblemSchema = z.enum(['gone', 'denied', 'busy', 'missing', 'full', 'other']);

/** A folder operation's answer as it crosses IPC (FolderResult in shared/folder/folderPort.ts). */
export function folderResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), problem: folderProblemSchema, message: z.string() }),
  ]);
}
