/**
 * The one write path for a team's records (IndexedDB, the team database). Every change a person makes goes through
 * here: it is validated with the table's schema, the changed fields are stamped with this PC's clock, the person is
 * recorded, the version vector and clock high-water mark are kept in `meta`, and an audit row is appended — all in
 * one read-write transaction, so a refused or failed write leaves nothing behind.
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
import { HybridClock, type Hlc } from '../../shared/sync/hlc';
import { highestStamp, observeStamps } from '../../shared/sync/versionVector';
import { newId, type SyncedRecord } from '../../shared/sync/record';
import { forgetBoardSnapshot } from './boardSnapshot';
import { getMeta, readVersionVectors, setMeta } from './meta';
import type { TeamDb } from './teamDb';
import { MANAGED_FIELDS, WriteError, auditRow, emptyValueFor, sameValue, validateRecord } from './writeRules';

export { WriteError } from './writeRules';

export interface WriteContext {
  db: TeamDb;
  clock: HybridClock;
  deviceId: string;
  /** The person signed in at this PC: every change carries their name. */
  person: { id: string; name: string };
}

const ALL_TABLES = [...TABLES.map((def) => def.name), AUDIT_TABLE.name, 'meta'];

/**
 * Runs several writes as one: either all of them are saved or none. Only database work may be awaited inside
 * (awaiting anything else would let IndexedDB commit the transaction early).
 */
export function inOneWrite<T>(ctx: WriteContext, body: () => Promise<T>): Promise<T> {
  // An async scope function lets Dexie follow native awaits inside `body`, whatever kind of function body is.
  return ctx.db.transaction('rw', ALL_TABLES, async () => await body());
}

function nowIso(): string {
  return new Date().toISOString();
}

async function noteStamp(ctx: WriteContext, def: TableDef, stamp: Hlc): Promise<void> {
  const vectors = observeStamps(await readVersionVectors(ctx.db), def.area, [stamp]);
  await setMeta(ctx.db, 'versionVectors', vectors);
  await setMeta(ctx.db, 'clock', stamp);
}

/**
 * The stamp of a change made now. The clock first moves past the database's mark, which another thread (the
 * bundle worker bringing in a team folder file) may have raised since this clock last heard of it: a change made
 * after a colleague's change has come in must sort after it.
 */
async function stampNow(ctx: WriteContext): Promise<Hlc> {
  const mark = await getMeta(ctx.db, 'clock');
  if (mark !== undefined) ctx.clock.receive(mark);
  return ctx.clock.now();
}

function assertNoManagedFields(fields: object): void {
  const managed = Object.keys(fields).filter((key) => MANAGED_FIELDS.has(key));
  if (managed.length > 0) throw new Error(`The write path sets ${managed.join(', ')} itself.`);
}

/** Adds a record and returns its id. */
export async function createRecord<Name extends TableName>(
  ctx: WriteContext,
  tableName: Name,
  fields: NewFieldsOf<Name>,
  options: { id?: string } = {},
): Promise<string> {
  const def = tableByName(tableName);
  assertNoManagedFields(fields);
  const id = options.id ?? newId();
  return ctx.db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const at = nowIso();
    const parsed = validateRecord(def, {
      ...fields,
      id,
      stamps: {},
      deleted: false,
      updatedBy: ctx.person.id,
      updatedAt: at,
    });
    const table = ctx.db.table<SyncedRecord, string>(def.name);
    if ((await table.get(id)) !== undefined)
      throw new Error(`A record with id ${id} is already in ${def.label}.`);
    const stamp = await stampNow(ctx);
    const fieldNames = Object.keys(parsed).filter((key) => key !== 'id' && key !== 'stamps');
    const record: SyncedRecord = {
      ...parsed,
      stamps: Object.fromEntries(fieldNames.map((key) => [key, stamp])),
    };
    await table.add(record);
    const changed = fieldNames.filter((key) => !MANAGED_FIELDS.has(key));
    await ctx.db.audit.add(
      auditRow({
        ...auditBase(ctx, def, id, stamp, at),
        action: 'create',
        fields: changed,
        before: undefined,
        after: record,
      }),
    );
    await noteStamp(ctx, def, stamp);
    return id;
  });
}

function auditBase(ctx: WriteContext, def: TableDef, recordId: string, stamp: Hlc, at: string) {
  return { def, recordId, stamp, at, person: ctx.person, deviceId: ctx.deviceId };
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
  ctx: WriteContext,
  def: TableDef,
  existing: SyncedRecord,
  next: Record<string, unknown>,
  options: ChangeOptions,
): Promise<boolean> {
  const at = nowIso();
  const parsed = validateRecord(def, { ...existing, ...next, updatedBy: ctx.person.id, updatedAt: at });
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
  const stamp = await stampNow(ctx);
  const stamps = { ...existing.stamps };
  for (const key of [...changed, 'updatedBy', 'updatedAt']) stamps[key] = stamp;
  await ctx.db.table<SyncedRecord, string>(def.name).put({ ...parsed, stamps });
  await ctx.db.audit.add(
    auditRow({
      ...auditBase(ctx, def, existing.id, stamp, at),
      action: options.action,
      fields: changed,
      before: existing,
      after: parsed,
      ...(options.settles ? { settles: options.settles } : {}),
    }),
  );
  await noteStamp(ctx, def, stamp);
  return true;
}

async function getExisting(ctx: WriteContext, def: TableDef, id: string): Promise<SyncedRecord> {
  const existing = await ctx.db.table<SyncedRecord, string>(def.name).get(id);
  if (!existing) throw new WriteError(`This is no longer in ${def.label}. Someone may have removed it.`);
  return existing;
}

/** Changes some fields of a live record. Only fields whose value really changes are stamped; false if none did. */
export async function updateRecord<Name extends TableName>(
  ctx: WriteContext,
  tableName: Name,
  id: string,
  patch: Partial<FieldsOf<Name>>,
): Promise<boolean> {
  const def = tableByName(tableName);
  assertNoManagedFields(patch);
  return ctx.db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const existing = await getExisting(ctx, def, id);
    if (existing.deleted) {
      throw new WriteError(
        'This has been deleted. Bring it back from “Recently deleted” before changing it.',
      );
    }
    return applyChange(ctx, def, existing, patch, { action: 'update' });
  });
}

/** Marks a record deleted. It stays recoverable until purged; false if it was already deleted. */
export async function deleteRecord(ctx: WriteContext, tableName: TableName, id: string): Promise<boolean> {
  const def = tableByName(tableName);
  return ctx.db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const existing = await getExisting(ctx, def, id);
    return applyChange(ctx, def, existing, { deleted: true }, { action: 'delete' });
  });
}

/** Has this record been removed for good (on this PC or on one whose changes arrived here)? */
export async function isPurged(db: TeamDb, tableName: string, id: string): Promise<boolean> {
  const rows = await db.audit.where('[table+recordId]').equals([tableName, id]).toArray();
  return rows.some((row) => row.action === 'purge');
}

/** Brings back a deleted record; false if it was not deleted. A record removed for good cannot come back. */
export async function restoreRecord(ctx: WriteContext, tableName: TableName, id: string): Promise<boolean> {
  const def = tableByName(tableName);
  return ctx.db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const existing = await getExisting(ctx, def, id);
    if (!existing.deleted) return false;
    if (await isPurged(ctx.db, def.name, id)) {
      throw new WriteError('This was removed for good and cannot be brought back.');
    }
    return applyChange(ctx, def, existing, { deleted: false }, { action: 'restore' });
  });
}

function cascadeChildren(def: TableDef): { def: TableDef; field: string }[] {
  return TABLES.flatMap((child) =>
    child.references
      .filter((ref) => ref.table === def.name && ref.cascade === true)
      .map((ref) => ({ def: child, field: ref.field })),
  );
}

async function purgeOne(ctx: WriteContext, def: TableDef, record: SyncedRecord): Promise<boolean> {
  if (await isPurged(ctx.db, def.name, record.id)) return false;
  const cleared: Record<string, unknown> = { deleted: true };
  for (const field of def.personalFields) cleared[field] = emptyValueFor(def, record, field);
  const changed = await applyChange(ctx, def, record, cleared, {
    action: 'purge',
    // A purge must travel even when the personal fields were already empty, so the delete is re-asserted.
    force: ['deleted', ...def.personalFields],
  });
  return changed;
}

/**
 * Removes a deleted record for good: its personal fields are cleared and stamped, and the stamped stub stays so
 * the removal travels to other PCs. Records it owns (a case's aims, actions, views, chronology…) go with it, and
 * so does the board's saved snapshot, which may still hold its name.
 */
export async function purgeRecord(ctx: WriteContext, tableName: TableName, id: string): Promise<boolean> {
  const def = tableByName(tableName);
  const children = cascadeChildren(def);
  const scope = [def.name, ...children.map((child) => child.def.name), AUDIT_TABLE.name, 'meta'];
  return ctx.db.transaction('rw', [...new Set(scope)], async () => {
    const existing = await getExisting(ctx, def, id);
    if (!existing.deleted)
      throw new WriteError('Delete this first; only deleted records can be removed for good.');
    const purged = await purgeOne(ctx, def, existing);
    for (const child of children) {
      const rows = await ctx.db
        .table<SyncedRecord, string>(child.def.name)
        .where(child.field)
        .equals(id)
        .toArray();
      for (const row of rows) await purgeOne(ctx, child.def, row);
    }
    await forgetBoardSnapshot(ctx.db);
    return purged;
  });
}

/**
 * Writes one field as a person's decision about a difference between PCs. The field is stamped even if its value
 * does not change, so the decision wins everywhere the bundle goes.
 */
export async function settleField(
  ctx: WriteContext,
  tableName: TableName,
  id: string,
  field: string,
  value: unknown,
  settles: readonly string[] = [],
): Promise<void> {
  const def = tableByName(tableName);
  if (MANAGED_FIELDS.has(field)) throw new Error(`The write path sets ${field} itself.`);
  await ctx.db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const existing = await getExisting(ctx, def, id);
    await applyChange(ctx, def, existing, { [field]: value }, { action: 'settle', force: [field], settles });
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

/**
 * Who an anonymous contribution is signed by (a partnership health-check response the member chose not to sign):
 * no member id is stored in the record or its audit row.
 */
export const ANONYMOUS_PERSON: WriteContext['person'] = { id: '', name: 'Anonymous' };

/** The same PC and clock, writing without the person's name. */
export function anonymousWriter(ctx: WriteContext): WriteContext {
  return { ...ctx, person: ANONYMOUS_PERSON };
}
