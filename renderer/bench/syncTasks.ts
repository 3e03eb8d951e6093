/**
 * Benchmark tasks for saving and bringing in files, run inside Chromium against real IndexedDB. The source team's
 * file is kept in this page between tasks so that tens of megabytes never cross to the test runner.
 */
import { generateTeam, type DemoSize, type DemoTeam } from '../../shared/demo/generateTeam';
import { AUDIT_TABLE, SCHEMA_VERSION, TABLES } from '../../shared/domain/registry';
import { AREAS, type TableDef } from '../../shared/domain/tableDef';
import { encodeBundle } from '../../shared/bundle/bundle';
import { decryptBundle } from '../../shared/bundle/crypto';
import { createBundleDocument } from '../../shared/bundle/document';
import { HybridClock, maxHlc, type Hlc } from '../../shared/sync/hlc';
import { newId, type SyncedRecord } from '../../shared/sync/record';
import { gunzipSync } from 'fflate';
import { newKey } from '../../shared/keys/sealed';
import { allHeldKeys, dropTeamKey, holdTeamKey } from '../db/keys/heldKeys';
import { setPlainForBench } from '../db/plainForBench';
import { deleteTeamDb, openTeamDb, TeamDb } from '../db/teamDb';
import { loadGeneratedTeam } from '../db/teams';
import { createBundleRunner, localRunner, type BundleRunner } from '../features/sync/bundleRunner';
import type { ExportRequest } from '../db/exportBundle';

const PASSPHRASE = 'benchmark passphrase';
const SOURCE = { deviceId: 'bench-source-pc', personId: newId(), personName: 'Bench Source' };

interface Held {
  teamId: string;
  bytes: Uint8Array;
  /** A file from another PC in which a tenth of the records changed. */
  changedBytes: Uint8Array | null;
}

let held: Held | null = null;

function need(): Held {
  if (!held) throw new Error('Run syncPrepare first.');
  return held;
}

/** Extra chronology entries per case so the team reaches about 100,000 records. */
function addChronology(demo: DemoTeam, perCase: number): void {
  const source = demo.rows.chronology;
  const extra: typeof source = [];
  for (let round = 0; round < perCase; round += 1) {
    for (
      let index = 0;
      index < source.length && extra.length < demo.rows.cases.length * perCase;
      index += 2
    ) {
      const row = source[index];
      if (row) extra.push({ ...row, id: newId() });
    }
  }
  source.push(...extra);
}

function request(): ExportRequest {
  return { scope: [...AREAS], source: SOURCE, appVersion: '0.1.0' };
}

const noProgress = () => undefined;

/** Watches the interface thread while `work` runs: its longest task and the highest heap seen. */
async function watch<T>(work: () => Promise<T>) {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const before = memory?.usedJSHeapSize ?? 0;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, memory?.usedJSHeapSize ?? 0);
  }, 20);
  const started = performance.now();
  const value = await work();
  const ms = Math.round(performance.now() - started);
  clearInterval(sampler);
  peak = Math.max(peak, memory?.usedJSHeapSize ?? 0);
  // Let the observer deliver the last entries.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { value, ms, longestTaskMs: Math.round(longest), heapBeforeMb: mb(before), peakHeapMb: mb(peak) };
}

type Watched<T> = Awaited<ReturnType<typeof watch<T>>>;

/** The figures of one import, flat for the JSON report. */
function figures(measured: Watched<Awaited<ReturnType<typeof importWith>>>) {
  const { value, ...rest } = measured;
  return { ...rest, ...value.counts, alreadyReceived: value.alreadyReceived };
}

function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

/** Collects garbage, then lets that task end so it is not counted as a long task of the work measured next. */
async function collect(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Brings a file in as the app's Share and receive screen does: the keys of the teams unlocked here go with it (the
 * bench holds the team's key all run, as a window that opened the team would, without listing it on this PC).
 */
async function importWith(runner: BundleRunner, bytes: Uint8Array) {
  const opened = await runner.open({ bytes, passphrase: PASSPHRASE, dataKeys: allHeldKeys() }, noProgress);
  if (!opened.ok) throw new Error('The file did not open.');
  const outcome = await runner.apply(noProgress);
  if (!outcome.ok) throw new Error(outcome.message);
  const counts = opened.preview.areas.reduce(
    (sum, area) => ({
      added: sum.added + area.added,
      changed: sum.changed + area.changed,
      unchanged: sum.unchanged + area.unchanged,
      decisions: sum.decisions + area.decisions,
    }),
    { added: 0, changed: 0, unchanged: 0, decisions: 0 },
  );
  return { counts, alreadyReceived: opened.preview.alreadyReceivedAt !== null };
}

/** A copy of the team's file in which every tenth record was changed on another PC, later. */
/** Fields a changed record keeps as they were: the envelope, and every field that names another record. */
const KEPT_FIELDS = new Set(['id', 'stamps', 'deleted', 'purged', 'updatedAt', 'updatedBy']);

/**
 * The record as another PC changed it: its first text field the table's checks still accept with words added (never
 * an id or a field naming another record), stamped newer. A record with no such field has only its stamps renewed.
 */
function changedRecord(def: TableDef, row: SyncedRecord, stamp: Hlc): SyncedRecord {
  const renewed = { ...row, updatedAt: new Date().toISOString() };
  const linked = new Set(def.references.map((reference) => reference.field));
  for (const [field, value] of Object.entries(row)) {
    if (KEPT_FIELDS.has(field) || linked.has(field) || field.endsWith('Id') || typeof value !== 'string')
      continue;
    if (value === '') continue;
    const changed = {
      ...renewed,
      [field]: `${value} (changed)`,
      stamps: { ...row.stamps, [field]: stamp, updatedAt: stamp, updatedBy: stamp },
    };
    if (def.schema.safeParse(changed).success) return changed;
  }
  return { ...renewed, stamps: { ...row.stamps, updatedAt: stamp, updatedBy: stamp } };
}

/** A file from another PC in which every tenth record has a field changed. */
async function changedFile(demo: DemoTeam): Promise<Uint8Array> {
  const clock = new HybridClock('bench-other-pc', () => Date.now());
  const rowsOf = (def: (typeof TABLES)[number]) =>
    demo.rows[def.name as keyof DemoTeam['rows']] as SyncedRecord[];
  // The other PC has read the team's records before changing them, as any PC has: its stamps come after theirs
  // (the demo's are stamped at 08:00 on the day, so a clock read earlier in the day would lose every field).
  let latest: Hlc | undefined;
  for (const def of TABLES) {
    for (const row of rowsOf(def)) {
      for (const stamp of Object.values(row.stamps)) latest = maxHlc(latest, stamp);
    }
  }
  if (latest) clock.receive(latest);
  const tables: Record<string, SyncedRecord[]> = {};
  let seen = 0;
  for (const def of TABLES) {
    tables[def.name] = rowsOf(def).map((row) => {
      seen += 1;
      return seen % 10 === 0 ? changedRecord(def, row, clock.now()) : row;
    });
  }
  const document = createBundleDocument({
    teamId: demo.teamId,
    teamName: 'Benchmark team',
    appVersion: '0.1.0',
    schemaVersion: SCHEMA_VERSION,
    source: { deviceId: 'bench-other-pc', personId: newId(), personName: 'Bench Other' },
    scope: AREAS,
    versionVectors: demo.versionVectors,
    tables,
    tableDefs: TABLES,
  });
  return encodeBundle(document, PASSPHRASE);
}

export const syncTasks = {
  /** Generates the team, loads it as the source PC, saves its file, then removes the source database. */
  async syncPrepare(size: Partial<DemoSize>, extraChronologyPerCase: number) {
    const demo = generateTeam({ size, seed: 11 });
    addChronology(demo, extraChronologyPerCase);
    const records = Object.values(demo.rows).reduce((sum, rows) => sum + rows.length, 0);
    // The team's data key, held all run: the source PC seals with it, and the imports below open the same team.
    holdTeamKey(demo.teamId, newKey(), PASSPHRASE);
    await loadGeneratedTeam(openTeamDb(demo.teamId), demo, SOURCE.deviceId);
    await collect();
    const runner = createBundleRunner();
    const exported = await watch(() => runner.exportBundle(demo.teamId, request(), PASSPHRASE, noProgress));
    runner.dispose();
    await deleteTeamDb(demo.teamId);
    const bytes = exported.value.bytes;
    // Only the files stay in this page: the generated rows would otherwise weigh on every heap figure below.
    held = { teamId: demo.teamId, bytes, changedBytes: await changedFile(demo) };
    return {
      records,
      exportMs: exported.ms,
      exportLongestTaskMs: exported.longestTaskMs,
      bundleMb: mb(bytes.length),
    };
  },

  /** What any import must pay: decrypt, gunzip, JSON.parse and bulkPut of the same rows into an empty database. */
  async syncFloor(storage: 'sealed' | 'plain') {
    const { bytes } = need();
    await collect();
    const floorId = `floor-${newId()}`;
    setPlainForBench(storage === 'plain' ? floorId : null);
    const db = new TeamDb(floorId, { key: newKey() });
    let uncompressed = 0;
    const measured = await watch(async () => {
      const gzip = await decryptBundle(bytes, PASSPHRASE);
      if (!gzip.ok) throw new Error(gzip.error.message);
      const raw = gunzipSync(gzip.value);
      uncompressed = raw.length;
      const document = JSON.parse(new TextDecoder().decode(raw)) as { tables: Record<string, unknown[]> };
      // With `meta`, as every write to the team's tables must be (the board's change notes go there).
      await db.transaction('rw', [...TABLES.map((def) => def.name), AUDIT_TABLE.name, 'meta'], async () => {
        for (const [name, rows] of Object.entries(document.tables)) await db.table(name).bulkPut(rows);
      });
    });
    db.close();
    setPlainForBench(null);
    await deleteTeamDb(db.teamId);
    return { floorMs: measured.ms, uncompressedMb: mb(uncompressed), floorPeakHeapMb: measured.peakHeapMb };
  },

  /** Brings the file into an empty database, the way the app does (worker) or on this thread. */
  async syncImportEmpty(where: 'worker' | 'thread') {
    const { bytes, teamId } = need();
    await deleteTeamDb(teamId);
    await collect();
    const runner = where === 'worker' ? createBundleRunner() : localRunner();
    const measured = await watch(() => importWith(runner, bytes));
    runner.dispose();
    return { where, ...figures(measured) };
  },

  /** Brings the same file in again (recognised by its receipt). */
  async syncReimport() {
    const { bytes } = need();
    await collect();
    const runner = createBundleRunner();
    const measured = await watch(() => importWith(runner, bytes));
    runner.dispose();
    return figures(measured);
  },

  /** A new file with the same records (another export of the same data): every record compared, none written. */
  async syncImportUnchanged() {
    const { teamId } = need();
    const runner = createBundleRunner();
    const again = await runner.exportBundle(
      teamId,
      { ...request(), source: { ...SOURCE, deviceId: 'bench-second-pc' } },
      PASSPHRASE,
      noProgress,
    );
    await collect();
    const measured = await watch(() => importWith(runner, again.bytes));
    runner.dispose();
    return figures(measured);
  },

  /** A file from another PC in which a tenth of the records changed. */
  async syncImportChanged(where: 'worker' | 'thread') {
    const { changedBytes } = need();
    if (!changedBytes) throw new Error('Run syncPrepare first.');
    await collect();
    const runner = where === 'worker' ? createBundleRunner() : localRunner();
    const measured = await watch(() => importWith(runner, changedBytes));
    runner.dispose();
    return { where, ...figures(measured) };
  },

  async syncCleanUp() {
    if (held) {
      await deleteTeamDb(held.teamId);
      dropTeamKey(held.teamId);
    }
    held = null;
  },
};
