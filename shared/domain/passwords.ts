/**
 * Personal passwords, one record per member (its id is the member's id, so two PCs setting one at once merge to
 * the later). It holds only a memory-hard verifier (../access/password.ts), never the password; it travels with
 * the directory so that any PC can check who someone is the first time they work there.
 */
import { z } from 'zod';
import { syncedRecordSchema, uuidSchema } from '../sync/record';

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'Must be base64.' });

/** A memory-hard check of a password (made and matched in ../access/password.ts). */
export const passwordVerifierSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  /** log2 of scrypt's N: the app writes 17, the team files' cost; at most 20, as much as a browser can hold. */
  logN: z.number().int().min(10).max(20),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: base64,
  hash: base64,
});
export type PasswordVerifier = z.infer<typeof passwordVerifierSchema>;

export const passwordSchema = syncedRecordSchema({
  memberId: uuidSchema,
  /**
   * Null only once removed for good (a record rule: shared/domain/recordRules.ts). Replaced whole, never field by
   * field, so salt and hash stay a pair.
   */
  verifier: passwordVerifierSchema.nullable(),
});
export type PasswordRecord = z.infer<typeof passwordSchema>;
