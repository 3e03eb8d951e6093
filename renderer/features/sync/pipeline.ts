/**
 * The steps of saving and bringing in a file, in the order they must run, with progress. The same functions run in
 * the Web Worker (bundleWorker.ts) and, where no worker exists (tests), on the calling thread. Decrypting and
 * checking the file all happen before the import's one database transaction opens.
 */
import { AUDIT_TABLE, SCHEMA_VERSION, TABLES } from '../../../shared/domain/registry';
import { encodeBundle } from '../../../shared/bundle/bundle';
import { bundleLock, type BundleKeys, type EncryptOptions } from '../../../shared/bundle/crypto';
import { lockedHere, needsEarlierFiles, type BundleError } from '../../../shared/bundle/errors';
import { deriveFolderKey, type FolderKeyOptions } from '../../../shared/bundle/folderKey';
import { parseBundle } from '../../../shared/bundle/parse';
import { validateBundle } from '../../../shared/bundle/validate';
import type { AuditRow } from '../../../shared/domain/audit';
import { clockReference, clocksAhead, timesIn } from '../../../shared/sync/clockCheck';
import { hlcWallTime, type Hlc } from '../../../shared/sync/hlc';
import { coversVectors, restrictVectors } from '../../../shared/sync/versionVector';
import { collectBundleDocument, ownStampIn, type ExportRequest } from '../../db/exportBundle';
import {
  applyImport,
  emptyPlan,
  findReceipt,
  knownIdsIn,
  planImport,
  PlanOutdatedError,
  type ImportPlan,
} from '../../db/importApply';
import { holdFile } from '../../db/heldFiles';
import { dropTeamKey } from '../../db/keys/heldKeys';
import { getMeta, readVersionVectors } from '../../db/meta';
import { getPcTeam } from '../../db/pcDb';
import { deleteTeamDb, type ReceiptRow, type TeamDb } from '../../db/teamDb';
import { holdKeyOf, type FileKeys } from './fileTeamKey';
import { decryptNoting, oldPassphraseProblem } from './oldPassphraseCheck';
import {
  heldBackOf,
  namesFromFile,
  peerNamesOf,
  previewOf,
  type HeldBack,
  type ImportPreview,
} from './preview';

export type Step = 'locking' | 'opening' | 'checking' | 'comparing' | 'saving';
export type Progress = (step: Step, fraction: number) => void;

export interface ExportOutput {
  bytes: Uint8Array;
  bundleId: string;
  createdAt: string;
  ownStamp: Hlc | null;
  records: number;
}

/** Reads the chosen areas and locks them into a file's bytes. */
export async function exportBytes(
  db: TeamDb,
  request: ExportRequest,
  passphrase: string,
  onProgress: Progress,
  encryption: EncryptOptions = {},
): Promise<ExportOutput> {
  onProgress('locking', 0.1);
  const document = await collectBundleDocument(db, request);
  onProgress('locking', 0.4);
  const bytes = await encodeBundle(document, passphrase, encryption);
  onProgress('locking', 1);
  const records = TABLES.reduce((sum, def) => sum + (document.tables[def.name]?.length ?? 0), 0);
  return {
    bytes,
    bundleId: document.manifest.bundleId,
    createdAt: document.manifest.createdAt,
    ownStamp: ownStampIn(document, request.source.deviceId),
    records,
  };
}

export type { AreaPreview, HeldBack, ImportPreview } from './preview';

export interface OpenRequest {
  bytes: Uint8Array;
  passphrase: string;
  /** Keys already at hand (the team folder's, remembered on this PC): tried instead of `passphrase`. */
  keys?: BundleKeys;
  /** The team open on this PC; left out when joining a team from its file. */
  expectTeamId?: string;
  /** The data keys of the teams unlocked on this PC (in a worker, nothing is held until they are given). */
  dataKeys?: Readonly<Record<string, Uint8Array>>;
  /** Joining: the data key for the team's new database, if the file's team is not on this PC yet. */
  newTeamKey?: Uint8Array;
  now?: number;
}

/**
 * What opening a file comes to: what it would change (a plan waiting for the person's yes), a refusal in plain
 * words, a file held back because a PC's clock is ahead (kept, and brought in by itself later), or the person
 * cancelled. Nothing is written on the way, except keeping a held-back file.
 */
export type OpenOutcome =
  | { ok: true; preview: ImportPreview; plan: ImportPlan; db: TeamDb }
  | { ok: false; error: BundleError }
  | { ok: false; held: HeldBack }
  | { ok: false; cancelled: true };

export interface OpenOptions {
  /** The team database to compare with, once the file has said which team it belongs to. */
  dbFor: (teamId: string) => TeamDb;
  onProgress: Progress;
  pause?: () => Promise<void>;
  /** The person cancelled: stop between steps (and chunks), having written nothing. */
  signal?: AbortSignal;
  /** Tests pass a light work factor for the folder key worked out from a typed passphrase. */
  folderKey?: FolderKeyOptions;
}

/**
 * What to try on a file: the keys given, or the typed passphrase — and, for a team folder file opened by hand in
 * the open team, the folder key worked out from that passphrase.
 */
async function keysFor(request: OpenRequest, options: OpenOptions): Promise<BundleKeys | string> {
  if (request.keys) return request.keys;
  if (bundleLock(request.bytes) !== 'folderKey' || request.expectTeamId === undefined)
    return request.passphrase;
  const key = await deriveFolderKey(request.passphrase, request.expectTeamId, options.folderKey);
  return { passphrases: [request.passphrase], identities: [key.identity] };
}

/** Thrown between steps once the person cancelled; turned into `{ cancelled: true }` at the top. */
class Cancelled extends Error {}

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Cancelled('The person cancelled.');
}

/** `FileKeys` find the key of the file's team, whose records are sealed on this PC (fileTeamKey.ts). */
export interface ContentsOptions extends FileKeys {
  expectTeamId?: string;
  now?: number;
  /** Bring it in even if a PC's clock is ahead: a team leader checked that PC's clock (or a held file is retried). */
  allowAhead?: boolean;
  /** Keep a file that is held back, so that it can be brought in later (not when it is already kept). */
  keepIfHeld?: boolean;
  /** Only a passphrase the team used before opened the file (oldPassphraseCheck.ts). */
  olderOnly?: boolean;
}

/** The newest time this PC has taken into its clock, in ms (0 for a team it holds nothing of yet). */
async function latestTakenIn(db: TeamDb): Promise<number> {
  const mark = await getMeta(db, 'clock');
  return mark === undefined ? 0 : hlcWallTime(mark);
}

/**
 * From a file's unlocked contents on: manifest → already brought in? → every record → clocks → the plan. A time
 * more than a day ahead of this PC's clock holds the file back, unless `allowAhead`, or unless this PC holds
 * nothing of the team yet (joining: it has no clock of its own to protect, and the preview says the time is ahead).
 */
export async function openContents(
  contents: Uint8Array,
  request: ContentsOptions,
  options: OpenOptions,
): Promise<OpenOutcome> {
  const { onProgress, signal } = options;
  onProgress('checking', 0);
  const parsed = parseBundle(contents, {
    schemaVersion: SCHEMA_VERSION,
    ...(request.expectTeamId === undefined ? {} : { teamId: request.expectTeamId }),
  });
  if (!parsed.ok) return parsed;
  stopIfCancelled(signal);
  const { manifest } = parsed.value;
  if (!(await holdKeyOf(manifest.teamId, request))) return { ok: false, error: lockedHere() };
  const db = options.dbFor(manifest.teamId);
  const names = await peerNamesOf(db);

  const earlier = await findReceipt(db, manifest.bundleId);
  if (earlier) {
    // Recognised before anything else is checked: the file changed nothing last time and will change nothing now.
    const plan = emptyPlan(manifest, earlier, earlier.counts, null);
    return { ok: true, preview: previewOf(plan, names), plan, db };
  }
  const { since, scope, source } = parsed.value.manifest;
  if (since !== undefined && !coversVectors(await readVersionVectors(db), restrictVectors(since, scope))) {
    // A change file holds only what changed after `since`: without those earlier changes it would leave gaps.
    return { ok: false, error: needsEarlierFiles(source.deviceId, source.personName, since) };
  }
  const old = await oldPassphraseProblem(db, manifest, {
    olderOnly: request.olderOnly ?? false,
    typed: request.passphrase ?? '',
  });
  if (old) return { ok: false, error: old };
  const valid = await validateBundle(parsed.value, {
    tables: TABLES,
    appendOnlyTables: [AUDIT_TABLE],
    schemaVersion: SCHEMA_VERSION,
    knownIds: (table, ids) => knownIdsIn(db, table, ids),
  });
  if (!valid.ok) return valid;
  stopIfCancelled(signal);

  const now = request.now ?? Date.now();
  const latest = await latestTakenIn(db);
  if (!request.allowAhead && latest > 0) {
    const times = timesIn(valid.value.tables, restrictVectors(manifest.versionVectors, manifest.scope));
    const ahead = clocksAhead(times, clockReference(now, latest));
    if (ahead.length > 0) {
      const audit = (valid.value.appendOnly[AUDIT_TABLE.name] ?? []) as AuditRow[]; // checked with auditRowSchema
      const held = heldBackOf(manifest, ahead, namesFromFile(names, manifest, audit));
      if (request.keepIfHeld !== false) await keepHeld(db, contents, held);
      return { ok: false, held };
    }
  }
  onProgress('comparing', 0);
  const plan = await planImport(db, valid.value, {
    now,
    pause: async () => {
      await options.pause?.();
      stopIfCancelled(signal);
    },
    onProgress: (fraction) => onProgress('comparing', fraction),
  });
  return { ok: true, preview: previewOf(plan, names), plan, db };
}

async function keepHeld(db: TeamDb, contents: Uint8Array, held: HeldBack): Promise<void> {
  await holdFile(db, {
    bundleId: held.bundleId,
    contents,
    fromDeviceId: held.fromDeviceId,
    fromPersonName: held.fromPersonName,
    createdAt: held.createdAt,
    heldAt: new Date().toISOString(),
    clocks: held.clocks.map(({ deviceId, personName, wallTime }) => ({ deviceId, personName, wallTime })),
    until: Math.max(...held.clocks.map((clock) => clock.wallTime)),
    problem: null,
  });
}

/** Decrypt → manifest → (already brought in?) → every record → references → clocks → the plan. */
export async function openBundleBytes(request: OpenRequest, options: OpenOptions): Promise<OpenOutcome> {
  try {
    options.onProgress('opening', 0);
    const contents = await decryptNoting(request.bytes, await keysFor(request, options));
    if (!contents.ok) return contents;
    stopIfCancelled(options.signal);
    return await openContents(
      contents.value.contents,
      {
        passphrase: request.passphrase,
        olderOnly: contents.value.olderOnly,
        ...(request.expectTeamId === undefined ? {} : { expectTeamId: request.expectTeamId }),
        ...(request.now === undefined ? {} : { now: request.now }),
        ...(request.dataKeys === undefined ? {} : { dataKeys: request.dataKeys }),
        ...(request.newTeamKey === undefined ? {} : { newTeamKey: request.newTeamKey }),
      },
      options,
    );
  } catch (error) {
    if (error instanceof Cancelled) return { ok: false, cancelled: true };
    throw error;
  }
}

export type ApplyOutcome =
  | { ok: true; receipt: ReceiptRow; applied: boolean; maxStamp: Hlc | undefined }
  | { ok: false; outdated: true; message: string }
  | { ok: false; outdated: false; message: string };

const APPLY_FAILED =
  'The file could not be stored on this PC, so nothing from it has been kept. Nothing on this PC has been changed. Try again; if it keeps happening, restart Joined Up.';

/** Stores a plan the person confirmed, in one transaction. */
export async function applyPlan(db: TeamDb, plan: ImportPlan, onProgress: Progress): Promise<ApplyOutcome> {
  onProgress('saving', 0);
  try {
    const { receipt, applied } = await applyImport(db, plan);
    onProgress('saving', 1);
    return { ok: true, receipt, applied, maxStamp: applied ? plan.maxStamp : undefined };
  } catch (error) {
    if (error instanceof PlanOutdatedError) return { ok: false, outdated: true, message: error.message };
    return { ok: false, outdated: false, message: APPLY_FAILED };
  }
}

/**
 * What bringing in a file without a person comes to, for a reader that works by itself (the team folder, a held
 * file brought in once it is no longer ahead): stored; brought in before; held back because a PC's clock is ahead
 * (kept, and brought in by itself later); or it needs a person, with the reason in plain words.
 */
export type FileOutcome =
  | { kind: 'applied'; receipt: ReceiptRow; maxStamp: Hlc | undefined }
  | { kind: 'alreadyHere'; receipt: ReceiptRow }
  | { kind: 'heldBack'; held: HeldBack }
  | { kind: 'needsPerson'; message: string; error: BundleError | null };

/** Opens a file and stores it at once, as a person who said yes to the preview would. */
export async function bringInFile(request: OpenRequest, options: OpenOptions): Promise<FileOutcome> {
  const opened = await openBundleBytes(request, options);
  return outcomeOf(opened, options.onProgress);
}

/** Stores what was opened, if it may be stored, and says what came of it. */
export async function outcomeOf(opened: OpenOutcome, onProgress: Progress): Promise<FileOutcome> {
  if ('error' in opened) return { kind: 'needsPerson', message: opened.error.message, error: opened.error };
  if ('held' in opened) return { kind: 'heldBack', held: opened.held };
  if (!opened.ok) return { kind: 'needsPerson', message: 'Opening the file was cancelled.', error: null };
  if (opened.plan.alreadyReceived) return { kind: 'alreadyHere', receipt: opened.plan.alreadyReceived };
  const applied = await applyPlan(opened.db, opened.plan, onProgress);
  if (!applied.ok) return { kind: 'needsPerson', message: applied.message, error: null };
  return applied.applied
    ? { kind: 'applied', receipt: applied.receipt, maxStamp: applied.maxStamp }
    : { kind: 'alreadyHere', receipt: applied.receipt };
}

/** A file refused while joining leaves no empty database (nor its key) behind for a team this PC does not hold. */
export async function discardUnlisted(teamIds: Iterable<string>): Promise<void> {
  for (const teamId of teamIds) {
    if ((await getPcTeam(teamId)) !== undefined) continue;
    await deleteTeamDb(teamId);
    dropTeamKey(teamId);
  }
}
