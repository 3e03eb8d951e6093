/**
 * The one write path for a team's records (IndexedDB, the team database). Every change a person makes goes through
 * here: it is validated with the table's schema and the record rules its changed fields touch, the changed fields
 * are stamped with this PC's clock, the person is recorded, the version vector, clock high-water mark and clashes
 * are kept in `meta`, and an audit row is appended — all in one read-write transaction, so a refused or failed
 * write leaves nothing behind.
 */
import type { AuditAction } from '../../shared/domain/audit';
import {
  AUDIT_TABLE,
  TABLES,
  tableByName,
  type FieldsOf,
  type NewFieldsOf,
  type TableName,
} from '../../shared/domain/registry';
import type { TableDef } from '../../shared/domain/tableDef';
import { ClockExhaustedError, HybridClock, type Hlc } from '../../shared/sync/hlc';
import { highestStamp, observeStamps } from '../../shared/sync/versionVector';
import { isPurged, purgeClearsOf } from '../../shared/sync/purge';
import { newId, type SyncedRecord } from '../../shared/sync/record';
import { getMeta, readVersionVectors, setMeta } from './meta';
import type { TeamDb } from './teamDb';
import { noteClashes } from './clashes';
import {
  MANAGED_FIELDS,
  WriteError,
  auditRow,
  checkRules,
  parseRecord,
  sameValue,
  validateRecord,
} from './writeRules';

export { WriteError } from './writeRules';

export interface WriteContext {
  db: TeamDb;
  clock: HybridClock;
  deviceId: string;
  /** The person signed in at this PC: every change carries their name. */
  person: { id: string; name: string };
}

const ALL_TABLES = [...TABLES.map((def) => def.name), AUDIT_TABLE.name, 'meta', 'decisions'];

/**
 * Runs several writes as one: either all of them are saved or none. Only database work may be awaited inside
 * (awaiting anything else would let IndexedDB commit the transaction early).
 */
export function inOneWrite<T>(writer: WriteContext, body: () => Promise<T>): Promise<T> {
  // An async scope function lets Dexie follow native awaits inside `body`, whatever kind of function body is.
  return writer.db.transaction('rw', ALL_TABLES, async () => await body());
}

function nowIso(): string {
  return new Date().toISOString();
}

async function noteStamp(writer: WriteContext, def: TableDef, stamp: Hlc): Promise<void> {
  const vectors = observeStamps(await readVersionVectors(writer.db), def.area, [stamp]);
  await setMeta(writer.db, 'versionVectors', vectors);
  await setMeta(writer.db, 'clock', stamp);
}

/**
 * The stamp of a change made now. The clock first moves past the database's mark, which another thread (the
 * bundle worker bringing in a team folder file) may have raised since this clock last heard of it: a change made
 * after a colleague's change has come in must sort after it. A clock at the end of what stamps can record refuses
 * the write in plain words.
 */
async function stampNow(writer: WriteContext): Promise<Hlc> {
  const mark = await getMeta(writer.db, 'clock');
  try {
    if (mark !== undefined) writer.clock.receive(mark);
    return writer.clock.now();
  } catch (error) {
    if (error instanceof ClockExhaustedError) throw new WriteError(error.message);
    throw error;
  }
}

/** Refuses fields the write path sets itself (stamps, deleted, who and when). */
export function assertNoManagedFields(fields: object): void {
  const managed = Object.keys(fields).filter((key) => MANAGED_FIELDS.has(key));
  if (managed.length > 0) throw new Error(`The write path sets ${managed.join(', ')} itself.`);
}

/** Adds a record and returns its id. */
export async function createRecord<Name extends TableName>(
  writer: WriteContext,
  tableName: Name,
  fields: NewFieldsOf<Name>,
  options: { id?: string } = {},
): Promise<string> {
  const def = tableByName(tableName);
  assertNoManagedFields(fields);
  const id = options.id ?? newId();
  return writer.db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const at = nowIso();
    const parsed = validateRecord(def, {
      ...fields,
      id,
      stamps: {},
      deleted: false,
      updatedBy: writer.person.id,
      updatedAt: at,
    });
    const table = writer.db.table<SyncedRecord, string>(def.name);
    if ((await table.get(id)) !== undefined)
      throw new Error(`A record with id ${id} is already in ${def.label}.`);
    const stamp = await stampNow(writer);
    const fieldNames = Object.keys(parsed).filter((key) => key !== 'id' && key !== 'stamps');
    const record: SyncedRecord = {
      ...parsed,
      stamps: Object.fromEntries(fieldNames.map((key) => [key, stamp])),
    };
    await table.add(record);
    await noteClashes(writer.db, [{ table: def.name, record }], at);
    const changed = fieldNames.filter((key) => !MANAGED_FIELDS.has(key));
    await writer.db.audit.add(
      auditRow({
        ...auditBase(writer, def, id, stamp, at),
        action: 'create',
        fields: changed,
        before: undefined,
        after: record,
      }),
    );
    await noteStamp(writer, def, stamp);
    return id;
  });
}

function auditBase(writer: WriteContext, def: TableDef, recordId: string, stamp: Hlc, at: string) {
  return { def, recordId, stamp, at, person: writer.person, deviceId: writer.deviceId };
}

interface ChangeOptions {
  action: AuditAction;
  /** Stamp these fields even when their value is unchanged (settling a difference re-asserts the kept value). */
  force?: readonly string[];
  /** The "needs a decision" entries this change answers, noted in its audit row so other PCs drop them too. */
  settles?: readonly string[];
}

/**
 * Applies new field values to a stored record inside the caller's transaction. Returns false, writing nothing,
 * when no value changed.
 */
async function applyChange(
  writer: WriteContext,
  def: TableDef,
  existing: SyncedRecord,
  next: Record<string, unknown>,
  options: ChangeOptions,
): Promise<boolean> {
  const at = nowIso();
  const parsed = parseRecord(def, { ...existing, ...next, updatedBy: writer.person.id, updatedAt: at });
  const force = new Set(options.force ?? []);
  const changed = Object.keys(parsed).filter(
    (key) =>
      key !== 'id' &&
      key !== 'stamps' &&
      key !== 'updatedBy' &&
      key !== 'updatedAt' &&
      (force.has(key) || !sameValue(parsed[key], existing[key])),
  );
  if (changed.length === 0) return false;
  checkRules(def, parsed, new Set(changed));
  const stamp = await stampNow(writer);
  const stamps = { ...existing.stamps };
  for (const key of [...changed, 'updatedBy', 'updatedAt']) stamps[key] = stamp;
  const record: SyncedRecord = { ...parsed, stamps };
  await writer.db.table<SyncedRecord, string>(def.name).put(record);
  await noteClashes(writer.db, [{ table: def.name, record }], at);
  await writer.db.audit.add(
    auditRow({
      ...auditBase(writer, def, existing.id, stamp, at),
      action: options.action,
      fields: changed,
      before: existing,
      after: parsed,
      ...(options.settles ? { settles: options.settles } : {}),
    }),
  );
  await noteStamp(writer, def, stamp);
  return true;
}

async function getExisting(writer: WriteContext, def: TableDef, id: string): Promise<SyncedRecord> {
  const existing = await writer.db.table<SyncedRecord, string>(def.name).get(id);
  if (!existing) throw new WriteError(`This is no longer in ${def.label}. Someone may have removed it.`);
  return existing;
}

/** Changes some fields of a live record. Only fields whose value really changes are stamped; false if none did. */
export async function updateRecord<Name extends TableName>(
  writer: WriteContext,
  tableName: Name,
  id: string,
  patch: Partial<FieldsOf<Name>>,
): Promise<boolean> {
  const def = tableByName(tableName);
  assertNoManagedFields(patch);
  return writer.db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const existing = await getExisting(writer, def, id);
    if (existing.deleted) {
      throw new WriteError(
        'This has been deleted. Bring it back from “Recently deleted” before changing it.',
      );
    }
    return applyChange(writer, def, existing, patch, { action: 'update' });
  });
}

/**
 * Marks a record deleted. It stays recoverable until purged; false if it was already deleted. `also` sets other
 * fields in the same change, such as the reason for a removal.
 */
export async function deleteRecord<Name extends TableName>(
  writer: WriteContext,
  tableName: Name,
  id: string,
  also: Partial<FieldsOf<Name>> = {},
): Promise<boolean> {
  const def = tableByName(tableName);
  assertNoManagedFields(also);
  return writer.db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const existing = await getExisting(writer, def, id);
    return applyChange(writer, def, existing, { ...also, deleted: true }, { action: 'delete' });
  });
}

/**
 * Has this record been removed for good (on this PC or on one whose changes arrived here)? Rows stored before
 * records carried `purged` are known by their change history.
 */
async function wasPurged(db: TeamDb, tableName: string, record: SyncedRecord): Promise<boolean> {
  if (isPurged(record)) return true;
  const rows = await db.audit.where('[table+recordId]').equals([tableName, record.id]).toArray();
  return rows.some((row) => row.action === 'purge');
}

const REMOVED_FOR_GOOD = 'This was removed for good and cannot be brought back.';

/** Brings back a deleted record; false if it was not deleted. A record removed for good cannot come back. */
export async function restoreRecord(
  writer: WriteContext,
  tableName: TableName,
  id: string,
): Promise<boolean> {
  const def = tableByName(tableName);
  return writer.db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const existing = await getExisting(writer, def, id);
    if (!existing.deleted) return false;
    if (await wasPurged(writer.db, def.name, existing)) throw new WriteError(REMOVED_FOR_GOOD);
    return applyChange(writer, def, existing, { deleted: false }, { action: 'restore' });
  });
}

function cascadeChildren(def: TableDef): { def: TableDef; field: string }[] {
  return TABLES.flatMap((child) =>
    child.references
      .filter((ref) => ref.table === def.name && ref.cascade === true)
      .map((ref) => ({ def: child, field: ref.field })),
  );
}

async function purgeOne(writer: WriteContext, def: TableDef, record: SyncedRecord): Promise<boolean> {
  if (await wasPurged(writer.db, def.name, record)) return false;
  const changed = await applyChange(
    writer,
    def,
    record,
    { deleted: true, purged: true, ...purgeClearsOf(def) },
    {
      action: 'purge',
      // A purge must travel even when the personal fields were already empty, so the delete is re-asserted.
      force: ['deleted', 'purged', ...def.personalFields],
    },
  );
  // Nothing about it is left for anyone to decide: a choice could otherwise write its old words back.
  await writer.db.decisions.where('[table+recordId]').equals([def.name, record.id]).delete();
  return changed;
}

/**
 * Removes a deleted record for good: it is marked `purged` (which no later change can undo, shared/sync/purge.ts),
 * its personal fields are cleared and stamped, and the stamped stub stays so the removal travels to other PCs.
 * Records it owns (a case's aims, actions, views, chronology…) go with it, and the stores kept beside the records
 * drop any copy of it (the database's `afterPurge`).
 */
export async function purgeRecord(writer: WriteContext, tableName: TableName, id: string): Promise<boolean> {
  const def = tableByName(tableName);
  const children = cascadeChildren(def);
  const scope = [def.name, ...children.map((child) => child.def.name), AUDIT_TABLE.name, 'meta', 'decisions'];
  return writer.db.transaction('rw', [...new Set(scope)], async () => {
    const existing = await getExisting(writer, def, id);
    if (!existing.deleted)
      throw new WriteError('Delete this first; only deleted records can be removed for good.');
    const purged = await purgeOne(writer, def, existing);
    for (const child of children) {
      const rows = await writer.db
        .table<SyncedRecord, string>(child.def.name)
        .where(child.field)
        .equals(id)
        .toArray();
      for (const row of rows) await purgeOne(writer, child.def, row);
    }
    await writer.db.afterPurge();
    return purged;
  });
}

/**
 * Writes one field as a person's decision about a difference between PCs. The field is stamped even if its value
 * does not change, so the decision wins everywhere the bundle goes.
 */
export async function settleField(
  writer: WriteContext,
  tableName: TableName,
  id: string,
  field: string,
  value: unknown,
  settles: readonly string[] = [],
): Promise<void> {
  const def = tableByName(tableName);
  // Deleted on one PC while changed or brought back on another is a question too: its answer deletes or restores.
  const deleting = field === 'deleted' && typeof value === 'boolean';
  if (MANAGED_FIELDS.has(field) && !deleting) throw new Error(`The write path sets ${field} itself.`);
  await writer.db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const existing = await getExisting(writer, def, id);
    if (await wasPurged(writer.db, def.name, existing)) throw new WriteError(REMOVED_FOR_GOOD);
    await applyChange(
      writer,
      def,
      existing,
      { [field]: value },
      { action: 'settle', force: [field], settles },
    );
  });
}

/**
 * Adds a line to the change history for an event about signing in that changes no synced record: a PIN chosen or
 * cleared on this PC, or a leader vouching for someone here. It names the member concerned and who acted, never a
 * PIN; it travels with the directory like any other line.
 */
export async function recordAccessEvent(
  writer: WriteContext,
  action: Extract<AuditAction, 'set-pin' | 'clear-pin' | 'vouch'>,
  memberId: string,
): Promise<void> {
  const def = tableByName('members');
  await writer.db.transaction('rw', [AUDIT_TABLE.name, 'meta'], async () => {
    const stamp = await stampNow(writer);
    await writer.db.audit.add(
      auditRow({
        ...auditBase(writer, def, memberId, stamp, nowIso()),
        action,
        fields: [],
        before: undefined,
        after: {},
      }),
    );
    await noteStamp(writer, def, stamp);
  });
}

/**
 * This PC's clock for the team, restarted past every stamp it has issued or seen, so a restarted app never issues
 * an older stamp than before. Records the device id the first time.
 */
export async function loadClock(
  db: TeamDb,
  deviceId: string,
  readWallClock?: () => number,
): Promise<HybridClock> {
  const clock = new HybridClock(deviceId, readWallClock);
  const mark = await getMeta(db, 'clock');
  if (mark !== undefined) clock.receive(mark);
  const seen = highestStamp(await readVersionVectors(db));
  if (seen !== undefined) clock.receive(seen);
  if ((await getMeta(db, 'deviceId')) === undefined) await setMeta(db, 'deviceId', deviceId);
  return clock;
}

/** A write context for a person at this PC. */
export async function makeWriteContext(
  db: TeamDb,
  deviceId: string,
  person: WriteContext['person'],
): Promise<WriteContext> {
  return { db, clock: await loadClock(db, deviceId), deviceId, person };
}
