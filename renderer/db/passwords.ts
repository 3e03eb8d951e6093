/**
 * Personal passwords in the team database: the `passwords` table (one verifier per member, synced with the
 * directory; written through the write path, so each setting is in the change history without its value) and, in
 * `meta` under `passwordTries`, this PC's count of wrong tries per member, so that guessing slows down here even
 * across restarts. Verifiers are made and checked elsewhere (off the interface thread); nothing here is slow.
 */
import { NO_TRIES, afterWrongTry, waitLeft, type TryRecord } from '../../shared/access/backoff';
import type { PasswordVerifier } from '../../shared/access/password';
import { getMeta, setMeta } from './meta';
import type { TeamDb } from './teamDb';
import { createRecord, inOneWrite, updateRecord, type WriteContext } from './writer';

/** The member's verifier, or null when they have not set a password (or it was removed). */
export async function passwordOf(db: TeamDb, memberId: string): Promise<PasswordVerifier | null> {
  const row = await db.rows('passwords').get(memberId);
  return row && !row.deleted ? row.verifier : null;
}

/** Stores a member's new verifier, signed by the person at the PC (themselves, as the commands ensure). */
export async function storePassword(
  writer: WriteContext,
  memberId: string,
  verifier: PasswordVerifier,
): Promise<void> {
  await inOneWrite(writer, async () => {
    const existing = await writer.db.rows('passwords').get(memberId);
    if (!existing) await createRecord(writer, 'passwords', { memberId, verifier }, { id: memberId });
    else await updateRecord(writer, 'passwords', memberId, { verifier });
  });
}

async function triesOf(db: TeamDb, memberId: string): Promise<TryRecord> {
  return (await getMeta(db, 'passwordTries'))?.[memberId] ?? NO_TRIES;
}

/** Milliseconds to wait before this member's password may be tried again on this PC (0: now). */
export async function passwordWait(db: TeamDb, memberId: string, now = Date.now()): Promise<number> {
  return waitLeft(await triesOf(db, memberId), now);
}

/** Notes the outcome of a try; returns the wait before the next one. */
export async function notePasswordTry(
  db: TeamDb,
  memberId: string,
  right: boolean,
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', ['meta'], async () => {
    const all = { ...((await getMeta(db, 'passwordTries')) ?? {}) };
    const next = right ? NO_TRIES : afterWrongTry(all[memberId] ?? NO_TRIES, now);
    all[memberId] = next;
    await setMeta(db, 'passwordTries', all);
    return waitLeft(next, now);
  });
}
