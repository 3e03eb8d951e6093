/**
 * Bringing a checked bundle into the team database (IndexedDB): first a plan (what is new, changed, unchanged and
 * needs a decision, read against this PC's rows without writing anything), then, once the person confirms, the one
 * read-write transaction that stores it all: merged records (stored as merged, even where two PCs' changes met in a
 * clash that a person must settle), new change-history rows, decisions (storeDecisions.ts), clashes, the version vectors
 * and clock mark, the sending PC's exchange and the receipt. This is the only place where rows that came
 * from a file are written. Decrypting and checking the file happen before (docs/decisions/0006-import-pipeline.md).
 */
import type { AuditRow } from '../../shared/domain/audit';
import { AUDIT_TABLE, TABLES, isTableName, tableByName } from '../../shared/domain/registry';
import type { Area, TableDef } from '../../shared/domain/tableDef';
import type { BundleManifest } from '../../shared/bundle/manifest';
import type { ValidBundle } from '../../shared/bundle/validate';
import type { Decision } from '../../shared/sync/decision';
import { formatHlc, hlcDevice, hlcWallTime, maxHlc, type Hlc } from '../../shared/sync/hlc';
import { mergeTables, FUTURE_STAMP_TOLERANCE_MS, type FutureStamp } from '../../shared/sync/mergeTables';
import { ownEntry, setOwn } from '../../shared/sync/ownKeys';
import { purgeClearsOf, settlePurge } from '../../shared/sync/purge';
import type { SyncedRecord } from '../../shared/sync/record';
import {
  mergeVectors,
  restrictVectors,
  vectorsOfRecords,
  type VersionVectors,
} from '../../shared/sync/versionVector';
import { noteClashes } from './clashes';
import { noteForReview } from './forReview';
import { storeDecisions } from './storeDecisions';
import { getMeta, readVersionVectors, recordSeenVectors, setMeta, type PeerExchange } from './meta';
import type { ReceiptRow, TeamDb } from './teamDb';

export type TableCounts = ReceiptRow['counts'][string];

export interface ImportPlan {
  manifest: BundleManifest;
  /** Set when this file was brought in before: nothing will change. */
  alreadyReceived: ReceiptRow | null;
  /** Records to write, by table: new ones as they came, others already merged. */
  upserts: Record<string, SyncedRecord[]>;
  /** Change-history rows this PC does not hold yet. */
  auditAdded: AuditRow[];
  decisions: Decision[];
  /** What the file shows its sender had seen, in its scope, plus every stamp it carries. */
  seenVectors: VersionVectors;
  maxStamp: Hlc | undefined;
  futureStamps: FutureStamp[];
  counts: Record<string, TableCounts>;
  /** This PC's clock mark when the plan was made: a change since means the plan must be made again. */
  basis: Hlc | null;
}

export interface PlanOptions {
  /** This PC's wall clock in ms, for spotting PCs with a clock set ahead. */
  now?: number;
  /** Lets the interface breathe between chunks when planning on its own thread. */
  pause?: () => Promise<void>;
  onProgress?: (fraction: number) => void;
}

/** Rows compared between pauses; small enough that one chunk takes a few milliseconds. */
const CHUNK = 2000;
const PAGE = 5000;

/** Thrown when something was saved on this PC after the plan was made: the plan must be made again. */
export class PlanOutdatedError extends Error {
  constructor() {
    super(
      'Something was saved on this PC while you were looking at what the file holds. Look at it again before bringing it in.',
    );
    this.name = 'PlanOutdatedError';
  }
}

function emptyCounts(): TableCounts {
  return { added: 0, changed: 0, unchanged: 0, decisions: 0 };
}

function sameStamps(a: Record<string, Hlc>, b: Record<string, Hlc>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * The local copies of `ids`, read in pages. When the table is not much bigger than the file's share of it, reading
 * it whole by key ranges is cheaper than looking up each id.
 */
async function readLocalRows(
  db: TeamDb,
  def: TableDef,
  ids: readonly string[],
): Promise<Map<string, SyncedRecord>> {
  const table = db.table<SyncedRecord, string>(def.name);
  const held = new Map<string, SyncedRecord>();
  const count = await table.count();
  if (count === 0) return held;
  if (count <= ids.length * 2) {
    let after: string | null = null;
    for (;;) {
      const page: SyncedRecord[] =
        after === null
          ? await table.orderBy(':id').limit(PAGE).toArray()
          : await table.where(':id').above(after).limit(PAGE).toArray();
      for (const row of page) held.set(row.id, row);
      if (page.length < PAGE) break;
      after = page[page.length - 1]?.id ?? null;
    }
    return held;
  }
  for (let start = 0; start < ids.length; start += PAGE) {
    const rows = await table.bulkGet(ids.slice(start, start + PAGE));
    for (const row of rows) if (row) held.set(row.id, row);
  }
  return held;
}

function auditInScope(row: AuditRow, scope: ReadonlySet<Area>): boolean {
  return isTableName(row.table) && scope.has(tableByName(row.table).area);
}

/** The stamp beyond which a change is reported as coming from a PC whose clock is set ahead. */
function horizonStamp(now: number): Hlc {
  return formatHlc({ wall: now + FUTURE_STAMP_TOLERANCE_MS, counter: 0xffffff, device: '~' });
}

export async function findReceipt(db: TeamDb, bundleId: string): Promise<ReceiptRow | null> {
  return (await db.receipts.get(bundleId)) ?? null;
}

/** A plan that changes nothing yet: planning fills it in, and a file already received stays as it is. */
export function emptyPlan(
  manifest: BundleManifest,
  alreadyReceived: ReceiptRow | null,
  counts: ImportPlan['counts'],
  basis: ImportPlan['basis'],
): ImportPlan {
  return {
    manifest,
    alreadyReceived,
    upserts: {},
    auditAdded: [],
    decisions: [],
    seenVectors: {},
    maxStamp: undefined,
    futureStamps: [],
    counts,
    basis,
  };
}

/** Works out what bringing in `bundle` would do, without writing anything. */
export async function planImport(
  db: TeamDb,
  bundle: ValidBundle,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const { manifest } = bundle;
  const now = options.now ?? Date.now();
  const pause = options.pause ?? (() => Promise.resolve());
  const basis = (await getMeta(db, 'clock')) ?? null;
  const plan = emptyPlan(manifest, await findReceipt(db, manifest.bundleId), {}, basis);
  if (plan.alreadyReceived) return plan;

  const scope = new Set<Area>(manifest.scope);
  const defs = TABLES.filter((def) => scope.has(def.area));
  const total = defs.reduce((sum, def) => sum + (bundle.tables[def.name]?.length ?? 0), 0) || 1;
  let done = 0;

  // What the sender had seen, and what this PC has seen, judged over whole areas before any chunk is compared.
  let incomingVectors = restrictVectors(manifest.versionVectors, manifest.scope);
  let localVectors = await readVersionVectors(db);
  const localRows = new Map<string, Map<string, SyncedRecord>>();
  for (const def of defs) {
    const rows = bundle.tables[def.name] ?? [];
    if (rows.length === 0) continue;
    incomingVectors = mergeVectors(incomingVectors, vectorsOfRecords(def.area, rows));
    const held = await readLocalRows(
      db,
      def,
      rows.map((row) => row.id),
    );
    localRows.set(def.name, held);
    localVectors = mergeVectors(localVectors, vectorsOfRecords(def.area, held.values()));
  }

  const horizon = horizonStamp(now);
  const future = new Map<string, Hlc>();
  for (const def of defs) {
    const rows = bundle.tables[def.name] ?? [];
    const held = localRows.get(def.name) ?? new Map<string, SyncedRecord>();
    const clears = purgeClearsOf(def);
    const counts = emptyCounts();
    const upserts: SyncedRecord[] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const differing: SyncedRecord[] = [];
      const differingLocal: SyncedRecord[] = [];
      for (const row of chunk) {
        for (const stamp of Object.values(row.stamps)) {
          if (plan.maxStamp === undefined || stamp > plan.maxStamp) plan.maxStamp = stamp;
          if (stamp > horizon) {
            const device = hlcDevice(stamp);
            future.set(device, maxHlc(future.get(device), stamp) ?? stamp);
          }
        }
        const local = held.get(row.id);
        if (local === undefined) {
          // Nothing to merge with: the row is stored as it came (it was checked and copied by validation), settled
          // if it was removed for good.
          counts.added += 1;
          upserts.push(settlePurge(row, clears));
        } else if (sameStamps(local.stamps, row.stamps)) {
          // Same stamps mean the same writes: nothing can differ, so the values need not be compared.
          counts.unchanged += 1;
        } else {
          differing.push(row);
          differingLocal.push(local);
        }
      }
      if (differing.length > 0) {
        const merged = mergeTables(
          { [def.name]: differingLocal },
          { [def.name]: differing },
          { tables: [def], scope: [def.area], localVectors, incomingVectors, now },
        );
        const summary = merged.tables[def.name];
        if (summary) {
          counts.changed += summary.counts.changed;
          counts.unchanged += summary.counts.unchanged;
          counts.added += summary.counts.new;
          upserts.push(...summary.upserts);
        }
        plan.decisions.push(...merged.decisions);
        counts.decisions += merged.decisions.length;
      }
      done += chunk.length;
      options.onProgress?.(done / total);
      await pause();
    }
    plan.counts[def.name] = counts;
    if (upserts.length > 0) plan.upserts[def.name] = upserts;
  }

  plan.seenVectors = restrictVectors(incomingVectors, manifest.scope);
  plan.futureStamps = [...future].map(([device, stamp]) => ({
    device,
    stamp,
    wallTime: hlcWallTime(stamp),
  }));

  const audit = (bundle.appendOnly[AUDIT_TABLE.name] ?? []) as AuditRow[]; // validated against auditRowSchema
  const inScope = audit.filter((row) => auditInScope(row, scope));
  if (inScope.length > 0) {
    const heldIds = new Set(await db.audit.toCollection().primaryKeys());
    plan.auditAdded = inScope.filter((row) => !heldIds.has(row.id));
  }
  return plan;
}

export interface ApplyOptions {
  importedAt?: string;
}

export interface ApplyResult {
  receipt: ReceiptRow;
  /** False when the file had been brought in already and nothing changed. */
  applied: boolean;
}

/** The time of the newest file this PC saved that the other PC has taken in, judged by what it had seen. */
async function inferLastSent(db: TeamDb, manifest: BundleManifest, ownDevice: string | undefined) {
  if (ownDevice === undefined) return null;
  let seen: Hlc | undefined;
  for (const vector of Object.values(manifest.versionVectors))
    seen = maxHlc(seen, ownEntry(vector, ownDevice));
  if (seen === undefined) return null;
  const notes = (await getMeta(db, 'exports')) ?? [];
  const reached = notes.filter((note) => note.ownStamp !== null && note.ownStamp <= seen);
  return reached.at(-1)?.at ?? null;
}

/**
 * Stores a plan in one read-write transaction. Only database work is awaited inside, so the transaction cannot
 * commit half way; any failure rolls everything back.
 */
export async function applyImport(
  db: TeamDb,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const importedAt = options.importedAt ?? new Date().toISOString();
  const { manifest } = plan;
  const names = [
    ...TABLES.map((def) => def.name),
    AUDIT_TABLE.name,
    'decisions',
    'receipts',
    'meta',
    'heldFiles',
  ];
  return db.transaction('rw', names, async () => {
    const earlier = await db.receipts.get(manifest.bundleId);
    if (earlier) return { receipt: earlier, applied: false };
    if (plan.alreadyReceived) throw new PlanOutdatedError();
    if (((await getMeta(db, 'clock')) ?? null) !== plan.basis) throw new PlanOutdatedError();

    await noteForReview(db, { ...plan, bundleId: manifest.bundleId }, importedAt);
    for (const [name, rows] of Object.entries(plan.upserts)) {
      for (let start = 0; start < rows.length; start += PAGE) {
        await db.table<SyncedRecord, string>(name).bulkPut(rows.slice(start, start + PAGE));
      }
    }
    await noteClashes(
      db,
      Object.entries(plan.upserts).flatMap(([table, rows]) => rows.map((record) => ({ table, record }))),
      importedAt,
    );
    for (let start = 0; start < plan.auditAdded.length; start += PAGE) {
      await db.audit.bulkAdd(plan.auditAdded.slice(start, start + PAGE));
    }
    // A record removed for good elsewhere leaves no copy of its personal fields in the stores kept here.
    if (plan.auditAdded.some((row) => row.action === 'purge')) await db.afterPurge();

    await storeDecisions(db, { ...plan, bundleId: manifest.bundleId }, importedAt);
    await recordSeenVectors(db, plan.seenVectors);
    if (plan.maxStamp !== undefined) {
      const mark = maxHlc(await getMeta(db, 'clock'), plan.maxStamp);
      if (mark !== undefined) await setMeta(db, 'clock', mark);
    }

    const ownDevice = await getMeta(db, 'deviceId');
    if (manifest.source.deviceId !== ownDevice) {
      const peers = (await getMeta(db, 'peers')) ?? {};
      const before = ownEntry(peers, manifest.source.deviceId);
      const lastSentAt = (await inferLastSent(db, manifest, ownDevice)) ?? before?.lastSentAt ?? null;
      const deviceName = manifest.source.deviceName ?? before?.deviceName;
      const exchange: PeerExchange = {
        personName: manifest.source.personName,
        ...(deviceName === undefined ? {} : { deviceName }),
        lastSentAt,
        lastReceivedAt: importedAt,
        lastReceivedVectors: manifest.versionVectors,
      };
      const next = { ...peers };
      setOwn(next, manifest.source.deviceId, exchange);
      await setMeta(db, 'peers', next);
    }

    const receipt: ReceiptRow = {
      bundleId: manifest.bundleId,
      fromDeviceId: manifest.source.deviceId,
      ...(manifest.source.deviceName === undefined ? {} : { fromDeviceName: manifest.source.deviceName }),
      fromPersonId: manifest.source.personId,
      fromPersonName: manifest.source.personName,
      createdAt: manifest.createdAt,
      importedAt,
      counts: plan.counts,
    };
    await db.receipts.add(receipt);
    // A file held back until now is in: it is not kept twice.
    await db.heldFiles.delete(manifest.bundleId);
    return { receipt, applied: true };
  });
}

/** Which of `ids` this PC holds in `table`, for the reference check of a file that does not carry them. */
export async function knownIdsIn(
  db: TeamDb,
  table: string,
  ids: readonly string[],
): Promise<ReadonlySet<string>> {
  if (!isTableName(table)) return new Set();
  const rows = await db.table<SyncedRecord, string>(table).bulkGet([...ids]);
  return new Set(rows.filter((row): row is SyncedRecord => row !== undefined).map((row) => row.id));
}
