/**
 * Several PCs on fake-indexeddb for the import tests: each has its own IndexedDB, device id, clock and person.
 * `exportToBytes` and `importBytes` run the same steps as the app does, on this thread.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { NewFieldsOf } from '../../../shared/domain/registry';
import type { Area } from '../../../shared/domain/tableDef';
import { DEFAULT_COLUMNS } from '../../../shared/domain/team';
import type { BundleError } from '../../../shared/bundle/errors';
import { newId } from '../../../shared/sync/record';
import { TeamDb } from '../../../renderer/db/teamDb';
import { createRecord, inOneWrite, loadClock, type WriteContext } from '../../../renderer/db/writer';
import {
  applyPlan,
  exportBytes,
  openBundleBytes,
  type ApplyOutcome,
  type HeldBack,
  type ImportPreview,
} from '../../../renderer/features/sync/pipeline';
import { dumpDb } from '../../factories/testTeam';
import { gzipJson } from '../../../shared/bundle/codec';
import { encryptBytes } from '../../../shared/bundle/crypto';
import type { BundleDocument } from '../../../shared/bundle/manifest';
import { collectBundleDocument } from '../../../renderer/db/exportBundle';

export const PASSPHRASE = 'kettle orbit meadow violin';
/** A light scrypt work factor keeps the tests quick; the file format is the same. */
export const TEST_ENCRYPTION = { workFactor: 2 };

export interface Pc {
  name: string;
  db: TeamDb;
  ctx: WriteContext;
}

let spread = 0;

/** A PC holding `teamId` (empty until it creates the team or brings in a file). */
export async function makePc(
  name: string,
  teamId: string,
  personName = `${name} person`,
  deviceId = `${name}-${newId().slice(0, 8)}`,
): Promise<Pc> {
  const db = new TeamDb(teamId, { indexedDB: new IDBFactory(), IDBKeyRange });
  // PCs' wall clocks a few milliseconds apart, as real ones are.
  const offset = (spread += 3);
  const ctx: WriteContext = {
    db,
    clock: await loadClock(db, deviceId, () => Date.now() + offset),
    deviceId,
    person: { id: newId(), name: personName },
  };
  return { name, db, ctx };
}

export interface StartedTeam {
  teamId: string;
  a: Pc;
  columnIds: string[];
}

/** PC A sets up a team through the write path: the team record, the board columns and its person as leader. */
export async function startTeam(): Promise<StartedTeam> {
  const teamId = newId();
  const a = await makePc('pc-a', teamId, 'Ana Silva');
  const columnIds: string[] = [];
  await inOneWrite(a.ctx, async () => {
    await createRecord(a.ctx, 'team', { name: 'North Locality Team' }, { id: teamId });
    for (const [index, column] of DEFAULT_COLUMNS.entries()) {
      columnIds.push(await createRecord(a.ctx, 'boardColumns', { ...column, position: index + 1 }));
    }
    await createRecord(
      a.ctx,
      'members',
      { name: a.ctx.person.name, profession: 'social-worker', teamRole: 'leader' },
      { id: a.ctx.person.id },
    );
  });
  return { teamId, a, columnIds };
}

/** A second PC whose person is added to the team's directory once it has joined. */
export async function joinPc(
  started: StartedTeam,
  name: string,
  personName: string,
  deviceId?: string,
): Promise<Pc> {
  const pc = await makePc(name, started.teamId, personName, deviceId);
  await importOk(pc, await exportToBytes(started.a), { join: true });
  await createRecord(
    pc.ctx,
    'members',
    { name: personName, profession: 'health-visitor', teamRole: 'member' },
    { id: pc.ctx.person.id },
  );
  return pc;
}

/** PC A's case JU-0042, opened on 5 January 2026, on the board's first stage; `fields` add to it. */
export function addCase(started: StartedTeam, fields: Partial<NewFieldsOf<'cases'>> = {}): Promise<string> {
  return createRecord(started.a.ctx, 'cases', {
    reference: 'JU-0042',
    columnId: started.columnIds[0] ?? '',
    openedAt: '2026-01-05',
    ...fields,
  });
}

/** PC A's new team and PC B, Ben Clarke's, joined from A's file; A has not yet brought in a file from B. */
export async function twoPcs(): Promise<StartedTeam & { b: Pc }> {
  const started = await startTeam();
  return { ...started, b: await joinPc(started, 'pc-b', 'Ben Clarke') };
}

/** As `twoPcs`, with A's case (see `addCase`) made before B joined, so both PCs hold it. */
export async function caseOnTwoPcs(
  options: { deviceOfB?: string; fields?: Partial<NewFieldsOf<'cases'>> } = {},
) {
  const started = await startTeam();
  const caseId = await addCase(started, options.fields);
  const b = await joinPc(started, 'pc-b', 'Ben Clarke', options.deviceOfB);
  return { ...started, b, caseId };
}

/**
 * Two PCs holding one case: PC B has joined from A's file and A has brought in B's, so each PC knows the other's
 * person and neither has changed the case since.
 */
export async function twoPcsWithCase(options: Parameters<typeof caseOnTwoPcs>[0] = {}) {
  const pcs = await caseOnTwoPcs(options);
  await importOk(pcs.a, await exportToBytes(pcs.b));
  return pcs;
}

/** What a PC would send of the team, the directory and its cases, before it is sealed: for tests that alter it. */
export function documentOf(pc: Pc): Promise<BundleDocument> {
  return collectBundleDocument(pc.db, {
    scope: ['team', 'directory', 'cases'],
    source: { deviceId: pc.ctx.deviceId, personId: pc.ctx.person.id, personName: pc.ctx.person.name },
    appVersion: '0.1.0',
  });
}

/** Seals a document (or anything that claims to be one) as a bundle file under the team passphrase. */
export function lock(document: unknown): Promise<Uint8Array> {
  return encryptBytes(gzipJson(document), PASSPHRASE, TEST_ENCRYPTION);
}

export async function exportToBytes(
  pc: Pc,
  scope?: readonly Area[],
  passphrase: string = PASSPHRASE,
): Promise<Uint8Array> {
  const output = await exportBytes(
    pc.db,
    {
      scope: scope ?? ['team', 'directory', 'cases', 'reflection', 'training', 'charter'],
      source: { deviceId: pc.ctx.deviceId, personId: pc.ctx.person.id, personName: pc.ctx.person.name },
      appVersion: '0.1.0',
    },
    passphrase,
    () => undefined,
    TEST_ENCRYPTION,
  );
  return output.bytes;
}

export type ImportResult =
  | { ok: true; preview: ImportPreview; outcome: ApplyOutcome }
  | { ok: false; error: BundleError }
  | { ok: false; held: HeldBack }
  | { ok: false; cancelled: true };

export interface ImportOptions {
  passphrase?: string;
  /** Joining: the file is not checked against an open team. */
  join?: boolean;
  now?: number;
  /** Passphrases remembered for the team folder, the current one first: tried instead of `passphrase`. */
  keys?: { passphrases: string[] };
}

/** Opens, previews and (when the file opened) applies, as a person who confirms would. */
export async function importBytes(
  pc: Pc,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const opened = await openBundleBytes(
    {
      bytes,
      passphrase: options.passphrase ?? PASSPHRASE,
      ...(options.join ? {} : { expectTeamId: pc.db.teamId }),
      ...(options.now === undefined ? {} : { now: options.now }),
      ...(options.keys ? { keys: { passphrases: options.keys.passphrases, identities: [] } } : {}),
    },
    { dbFor: () => pc.db, onProgress: () => undefined },
  );
  if (!opened.ok) return opened;
  const outcome = await applyPlan(pc.db, opened.plan, () => undefined);
  if (outcome.ok && outcome.maxStamp !== undefined) pc.ctx.clock.receive(outcome.maxStamp);
  return { ok: true, preview: opened.preview, outcome };
}

/** What stopped a file from opening, in the words a person would read ('' when it opened). */
export function refusalOf(result: ImportResult): string {
  if ('error' in result) return result.error.message;
  if ('held' in result) return `held back: ${result.held.clocks.map((clock) => clock.deviceId).join(', ')}`;
  return result.ok ? '' : 'cancelled';
}

/** Like importBytes, failing the test if the file does not open and apply. */
export async function importOk(
  pc: Pc,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportPreview> {
  const result = await importBytes(pc, bytes, options);
  if ('error' in result) throw new Error(`The file did not open: ${result.error.message}`);
  if ('held' in result) throw new Error(`The file was held back: ${JSON.stringify(result.held.clocks)}`);
  if (!result.ok) throw new Error('Opening the file was cancelled.');
  if (!result.outcome.ok) throw new Error(`The file was not stored: ${result.outcome.message}`);
  return result.preview;
}

/** The synced tables only: what two PCs that exchanged everything must agree on. */
export async function dataOf(pc: Pc): Promise<Record<string, unknown[]>> {
  const dump = await dumpDb(pc.db);
  const data: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(dump)) {
    if (name === 'decisions' || name === 'receipts' || name === 'meta') continue;
    data[name] = [...rows].sort((x, y) => idOf(x).localeCompare(idOf(y)));
  }
  return data;
}

function idOf(row: unknown): string {
  return typeof row === 'object' && row !== null && 'id' in row && typeof row.id === 'string' ? row.id : '';
}

export { dumpDb };
