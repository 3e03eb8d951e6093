/**
 * PCs sharing a team folder, for the folder tests: each is a PC of the sync harness (its own fake IndexedDB, clock
 * and person) with the real folder engine, the real write path and the real import pipeline, over its own copy of
 * an in-memory folder kept in step by a simulated file-sync tool (shared/folder/memoryFolder.ts). Time is the real
 * clock plus an offset the test moves on, so debounces and retries can be passed without waiting.
 */
import { teamTag } from '../../../shared/folder/fileNames';
import { FolderEngine } from '../../../shared/folder/engine';
import type { FolderPort } from '../../../shared/folder/folderPort';
import { MemoryCloud, type SyncToolHabits, CALM } from '../../../shared/folder/memoryFolder';
import type { FolderStatus } from '../../../shared/folder/status';
import { AREAS, type Area } from '../../../shared/domain/tableDef';
import { startFolderJournal } from '../../../renderer/db/folderFiles';
import { createTeamSide, folderWorkOn } from '../../../renderer/features/folder/teamSide';
import { PASSPHRASE, type Pc } from '../sync/harness';

/** Light work factors: the same file formats, quick to open. */
export const TEST_CRYPTO = { encryption: { workFactor: 2 }, folderKey: { workFactor: 2 } };

export interface FolderPc extends Pc {
  engine: FolderEngine;
  folder: FolderPort;
  /** This PC's name, read afresh for every file it writes: set it to rename the PC. */
  pcName: string;
  lastStatus: FolderStatus | null;
}

export interface JoinOptions {
  pcName?: string;
  scope?: Area[];
  /** The passphrases this PC remembers for the folder; the team's own by default. */
  passphrases?: string[];
  /** A real folder instead of this PC's copy of the in-memory one. */
  port?: FolderPort;
}

export interface SharedFolder {
  cloud: MemoryCloud;
  /** Moves the clock the engines see on by `ms`. */
  pass(ms: number): void;
  now(): number;
  join(pc: Pc, options?: JoinOptions): Promise<FolderPc>;
}

export function sharedFolder(
  random: () => number = Math.random,
  habits: SyncToolHabits = CALM,
): SharedFolder {
  let offset = 0;
  const now = () => Date.now() + offset;
  const cloud = new MemoryCloud(random, now, habits);
  return {
    cloud,
    now,
    pass(ms) {
      offset += ms;
    },
    async join(pc, options = {}) {
      const pcName = options.pcName ?? `${pc.name} desk`;
      const folder = options.port ?? cloud.folderFor(pc.name);
      await startFolderJournal(pc.db);
      const side = createTeamSide({
        db: pc.db,
        work: folderWorkOn(pc.db, TEST_CRYPTO),
        secrets: () => ({ teamId: pc.db.teamId, passphrases: options.passphrases ?? [PASSPHRASE] }),
        source: () => ({
          deviceId: pc.ctx.deviceId,
          personId: pc.ctx.person.id,
          personName: pc.ctx.person.name,
        }),
        appVersion: '0.1.0',
        onStored: (stamp) => pc.ctx.clock.receive(stamp),
      });
      const named = { pcName };
      const engine = new FolderEngine({
        port: folder,
        side,
        deviceId: pc.ctx.deviceId,
        teamTag: teamTag(pc.db.teamId),
        pcName: () => named.pcName,
        scope: () => options.scope ?? [...AREAS],
        now,
        random,
      });
      return Object.assign(named, { ...pc, engine, folder, lastStatus: null });
    },
  };
}

/** One round of a PC's engine, keeping its status. */
export async function round(pc: FolderPc): Promise<FolderStatus> {
  const { status } = await pc.engine.cycle();
  pc.lastStatus = status;
  return status;
}

/**
 * Lets the folder settle: every delivery made, every PC's changes written (the debounce passed) and read, until a
 * whole pass over the PCs changes nothing more — no file written, read or removed, no change waiting to go.
 */
export async function settle(shared: SharedFolder, pcs: readonly FolderPc[], passes = 12): Promise<void> {
  let before = '';
  for (let pass = 0; pass < passes; pass += 1) {
    shared.cloud.deliverAll();
    shared.pass(5 * 60_000);
    for (const pc of pcs) await round(pc);
    const after = JSON.stringify(await Promise.all(pcs.map(footprint)));
    if (shared.cloud.waiting === 0 && after === before) return;
    before = after;
  }
  throw new Error('The team folder did not settle.');
}

/** What a round can change: the files a PC sees, the files it has taken in, and the changes waiting to go. */
async function footprint(pc: FolderPc) {
  const names = (await pc.folder.list().catch(() => [])).map((entry) => entry.name).sort();
  const pending = await pc.db.meta.where('key').startsWith('folder-change:').count();
  return { names, pending, receipts: await pc.db.receipts.count() };
}

/** Runs rounds on every PC (moving the engines' clock on, so debounces pass) until `done` says so. */
export async function roundsUntil(
  shared: SharedFolder,
  pcs: readonly FolderPc[],
  done: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > giveUpAt) throw new Error('The PCs did not come into step in time.');
    shared.pass(10_000);
    for (const pc of pcs) await round(pc);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
