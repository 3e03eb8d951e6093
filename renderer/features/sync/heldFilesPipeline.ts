/**
 * Bringing in files that were held back because a PC's clock was ahead (renderer/db/heldFiles.ts): by themselves
 * once this PC's clock has caught up (retried when the team opens and now and then), or now, when a team leader
 * has checked that PC's clock. They go through the same steps as any file, from their unlocked contents on.
 */
import { CLOCK_AHEAD_TOLERANCE_MS, clockReference } from '../../../shared/sync/clockCheck';
import { hlcWallTime } from '../../../shared/sync/hlc';
import { discardHeldFile, getHeldFile, listHeldFiles, noteHeldProblem } from '../../db/heldFiles';
import { getMeta } from '../../db/meta';
import type { TeamDb } from '../../db/teamDb';
import { openContents, outcomeOf, type FileOutcome, type Progress } from './pipeline';

export interface HeldOptions {
  now?: number;
  onProgress?: Progress;
}

const NO_PROGRESS: Progress = () => undefined;

/**
 * Brings in one held file. With `allowAhead` (a team leader checked that PC's clock) its times are taken into this
 * PC's clock as they are; without, it stays held while any time in it is still more than a day ahead.
 */
export async function bringInHeld(
  db: TeamDb,
  bundleId: string,
  allowAhead: boolean,
  options: HeldOptions = {},
): Promise<FileOutcome> {
  const row = await getHeldFile(db, bundleId);
  if (!row)
    return { kind: 'needsPerson', message: 'This file is no longer waiting on this PC.', error: null };
  const onProgress = options.onProgress ?? NO_PROGRESS;
  const opened = await openContents(
    row.contents,
    {
      expectTeamId: db.teamId,
      allowAhead,
      keepIfHeld: false,
      ...(options.now === undefined ? {} : { now: options.now }),
    },
    { dbFor: () => db, onProgress },
  );
  if ('error' in opened) await noteHeldProblem(db, bundleId, opened.error.message);
  const outcome = await outcomeOf(opened, onProgress);
  // Brought in some other way meanwhile (the same file opened again by a person): nothing is left to wait for.
  if (outcome.kind === 'alreadyHere') await discardHeldFile(db, bundleId);
  return outcome;
}

/** Brings in every held file that is no longer ahead of this PC's clock; the others go on waiting. */
export async function retryHeldFiles(db: TeamDb, options: HeldOptions = {}): Promise<FileOutcome[]> {
  const mark = await getMeta(db, 'clock');
  const reference = clockReference(options.now ?? Date.now(), mark === undefined ? 0 : hlcWallTime(mark));
  const outcomes: FileOutcome[] = [];
  for (const row of await listHeldFiles(db)) {
    if (row.problem !== null || row.until > reference + CLOCK_AHEAD_TOLERANCE_MS) continue;
    outcomes.push(await bringInHeld(db, row.bundleId, false, options));
  }
  return outcomes;
}
