/**
 * Files held back because they carry times more than a day ahead of this PC's clock (shared/sync/clockCheck.ts):
 * the team database's local `heldFiles` table, one row per file, kept on this PC only. A row keeps the file's
 * contents as they were once unlocked (the compressed JSON inside the encryption), so that the file can be brought
 * in by itself later, or by a team leader now, without anyone typing the passphrase again. Like the team's records
 * beside it, the row is sealed with the team's data key on disk (atRest.ts); only its bundle id and when it was held
 * stay readable.
 */
import type { HeldFileRow, TeamDb } from './teamDb';

/** Keeps a held file (once: holding the same file again keeps the first row). */
export async function holdFile(db: TeamDb, row: HeldFileRow): Promise<void> {
  await db.transaction('rw', ['heldFiles'], async () => {
    if ((await db.heldFiles.get(row.bundleId)) === undefined) await db.heldFiles.add(row);
  });
}

export async function listHeldFiles(db: TeamDb): Promise<HeldFileRow[]> {
  return db.heldFiles.orderBy('heldAt').toArray();
}

export async function getHeldFile(db: TeamDb, bundleId: string): Promise<HeldFileRow | undefined> {
  return db.heldFiles.get(bundleId);
}

export async function noteHeldProblem(db: TeamDb, bundleId: string, problem: string): Promise<void> {
  await db.heldFiles.update(bundleId, { problem });
}

/** Lets go of a held file without bringing it in (a person chose to). */
export async function discardHeldFile(db: TeamDb, bundleId: string): Promise<void> {
  await db.heldFiles.delete(bundleId);
}

export async function countHeldFiles(db: TeamDb): Promise<number> {
  return db.heldFiles.count();
}
