/**
 * The steps of saving and bringing in a file, in the order they must run, with progress. The same functions run in
 * the Web Worker (bundleWorker.ts) and, where no worker exists (tests), on the calling thread. Decrypting and
 * checking the file all happen before the import's one database transaction opens.
 */
import { AUDIT_TABLE, SCHEMA_VERSION, TABLES } from '../../../shared/domain/registry';
import { AREA_LABELS, AREAS, type Area } from '../../../shared/domain/tableDef';
import { encodeBundle } from '../../../shared/bundle/bundle';
import {
  bundleLock,
  decryptBundle,
  type BundleKeys,
  type EncryptOptions,
} from '../../../shared/bundle/crypto';
import { needsEarlierFiles, type BundleError } from '../../../shared/bundle/errors';
import { deriveFolderKey, type FolderKeyOptions } from '../../../shared/bundle/folderKey';
import type { BringInOutcome, FileFacts } from '../../../shared/folder/state';
import type { BundleManifest } from '../../../shared/bundle/manifest';
import { parseBundle } from '../../../shared/bundle/parse';
import { validateBundle } from '../../../shared/bundle/validate';
import type { Hlc } from '../../../shared/sync/hlc';
import { coversVectors, restrictVectors } from '../../../shared/sync/versionVector';
import { collectBundleDocument, ownStampIn, type ExportRequest } from '../../db/exportBundle';
import {
  applyImport,
  findReceipt,
  knownIdsIn,
  planImport,
  PlanOutdatedError,
  type ImportPlan,
} from '../../db/importApply';
import { getMeta, readVersionVectors } from '../../db/meta';
import { getPcTeam } from '../../db/pcDb';
import { deleteTeamDb, type ReceiptRow, type TeamDb } from '../../db/teamDb';

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

export interface AreaPreview {
  area: Area;
  label: string;
  added: number;
  changed: number;
  unchanged: number;
  decisions: number;
}

export interface ImportPreview {
  bundleId: string;
  teamId: string;
  teamName: string;
  fromPersonName: string;
  fromDeviceId: string;
  /** The sending PC's readable name, when its file carried one. */
  fromDeviceName: string | null;
  createdAt: string;
  scope: Area[];
  /** When this file was brought in before; nothing will change. */
  alreadyReceivedAt: string | null;
  areas: AreaPreview[];
  /** PCs whose clock seems set ahead, named by the person who last sent from them where known. */
  clocksAhead: { deviceId: string; deviceName: string | null; personName: string | null; wallTime: number }[];
}

/** What this PC knows about the other PCs: who last sent from each, and each one's readable name. */
export interface PeerNames {
  personNames: Readonly<Record<string, string>>;
  pcNames: Readonly<Record<string, string>>;
}

export function previewOf(plan: ImportPlan, peers: PeerNames): ImportPreview {
  const { manifest } = plan;
  const areas = AREAS.filter((area) => manifest.scope.includes(area)).map((area) => {
    const preview: AreaPreview = {
      area,
      label: AREA_LABELS[area],
      added: 0,
      changed: 0,
      unchanged: 0,
      decisions: 0,
    };
    for (const def of TABLES) {
      const counts = plan.counts[def.name];
      if (def.area !== area || !counts) continue;
      preview.added += counts.added;
      preview.changed += counts.changed;
      preview.unchanged += counts.unchanged;
      preview.decisions += counts.decisions;
    }
    return preview;
  });
  const names = peers;
  const personNames: Record<string, string> = {
    ...peers.personNames,
    [manifest.source.deviceId]: manifest.source.personName,
  };
  return {
    bundleId: manifest.bundleId,
    teamId: manifest.teamId,
    teamName: manifest.teamName,
    fromPersonName: manifest.source.personName,
    fromDeviceId: manifest.source.deviceId,
    fromDeviceName: manifest.source.deviceName ?? names.pcNames[manifest.source.deviceId] ?? null,
    createdAt: manifest.createdAt,
    scope: manifest.scope,
    alreadyReceivedAt: plan.alreadyReceived?.importedAt ?? null,
    areas,
    clocksAhead: plan.futureStamps.map((future) => ({
      deviceId: future.device,
      deviceName:
        future.device === manifest.source.deviceId
          ? (manifest.source.deviceName ?? null)
          : (names.pcNames[future.device] ?? null),
      personName: personNames[future.device] ?? null,
      wallTime: future.wallTime,
    })),
  };
}

async function peerNamesOf(db: TeamDb): Promise<PeerNames> {
  const peers = Object.entries((await getMeta(db, 'peers')) ?? {});
  return {
    personNames: Object.fromEntries(peers.map(([device, peer]) => [device, peer.personName])),
    pcNames: Object.fromEntries(
      peers.flatMap(([device, peer]) => (peer.deviceName ? [[device, peer.deviceName]] : [])),
    ),
  };
}

export interface OpenRequest {
  bytes: Uint8Array;
  passphrase: string;
  /** Keys already at hand (the team folder's, remembered on this PC): tried instead of `passphrase`. */
  keys?: BundleKeys;
  /** The team open on this PC; left out when joining a team from its file. */
  expectTeamId?: string;
  now?: number;
}

export type OpenOutcome =
  { ok: true; preview: ImportPreview; plan: ImportPlan; db: TeamDb } | { ok: false; error: BundleError };

export interface OpenOptions {
  /** The team database to compare with, once the file has said which team it belongs to. */
  dbFor: (teamId: string) => TeamDb;
  onProgress: Progress;
  pause?: () => Promise<void>;
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

/** Decrypt → manifest → (already brought in?) → every record → references → the plan. Writes nothing. */
export async function openBundleBytes(request: OpenRequest, options: OpenOptions): Promise<OpenOutcome> {
  const { onProgress } = options;
  onProgress('opening', 0);
  const gzip = await decryptBundle(request.bytes, await keysFor(request, options));
  if (!gzip.ok) return gzip;
  onProgress('checking', 0);
  const parsed = parseBundle(gzip.value, {
    schemaVersion: SCHEMA_VERSION,
    ...(request.expectTeamId === undefined ? {} : { teamId: request.expectTeamId }),
  });
  if (!parsed.ok) return parsed;
  const db = options.dbFor(parsed.value.manifest.teamId);
  const names = await peerNamesOf(db);

  const earlier = await findReceipt(db, parsed.value.manifest.bundleId);
  if (earlier) {
    // Recognised before anything else is checked: the file changed nothing last time and will change nothing now.
    const plan = receivedPlan(parsed.value.manifest, earlier);
    return { ok: true, preview: previewOf(plan, names), plan, db };
  }
  const { since, scope, source } = parsed.value.manifest;
  if (since !== undefined && !coversVectors(await readVersionVectors(db), restrictVectors(since, scope))) {
    // A change file holds only what changed after `since`: without those earlier changes it would leave gaps.
    return { ok: false, error: needsEarlierFiles(source.deviceId, source.personName, since) };
  }
  const valid = await validateBundle(parsed.value, {
    tables: TABLES,
    appendOnlyTables: [AUDIT_TABLE],
    schemaVersion: SCHEMA_VERSION,
    knownIds: (table, ids) => knownIdsIn(db, table, ids),
  });
  if (!valid.ok) return valid;
  onProgress('comparing', 0);
  const plan = await planImport(db, valid.value, {
    ...(request.now === undefined ? {} : { now: request.now }),
    ...(options.pause ? { pause: options.pause } : {}),
    onProgress: (fraction) => onProgress('comparing', fraction),
  });
  return { ok: true, preview: previewOf(plan, names), plan, db };
}

function receivedPlan(manifest: BundleManifest, receipt: ReceiptRow): ImportPlan {
  return {
    manifest,
    alreadyReceived: receipt,
    upserts: {},
    auditAdded: [],
    decisions: [],
    seenVectors: {},
    maxStamp: undefined,
    futureStamps: [],
    counts: receipt.counts,
    basis: null,
  };
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

/** A file refused while joining leaves no empty database behind for a team this PC does not hold. */
export async function discardUnlisted(teamIds: Iterable<string>): Promise<void> {
  for (const teamId of teamIds) if ((await getPcTeam(teamId)) === undefined) await deleteTeamDb(teamId);
}

/** Plain facts from a file's manifest, for the team folder's notes. */
function factsOf(manifest: BundleManifest): FileFacts {
  return {
    bundleId: manifest.bundleId,
    teamId: manifest.teamId,
    deviceId: manifest.source.deviceId,
    deviceName: manifest.source.deviceName ?? null,
    personName: manifest.source.personName,
    createdAt: Date.parse(manifest.createdAt),
    scope: manifest.scope,
    vectors: manifest.versionVectors,
    since: manifest.since ?? null,
  };
}

/** A file that did not open, as the team folder treats it. */
function outcomeOfError(error: BundleError): BringInOutcome {
  switch (error.kind) {
    case 'wrongPassphrase':
      return { kind: 'wrongKey' };
    case 'newerVersion':
      return { kind: 'newerVersion', appVersion: error.appVersion ?? null };
    case 'otherTeam':
      return { kind: 'otherTeam', teamName: error.teamName };
    case 'needsEarlierFiles':
      return { kind: 'needsEarlierFiles', deviceId: error.deviceId, since: error.since };
    case 'damaged':
    case 'notABundle':
    case 'invalidRecords':
    case 'unsafeContent':
    case 'duplicateIds':
    case 'missingReferences':
      return { kind: 'unreadable', detail: error.message };
  }
}

export interface QuietRequest {
  bytes: Uint8Array;
  keys: BundleKeys;
  now?: number;
}

export interface QuietResult {
  outcome: BringInOutcome;
  /** The highest stamp stored: the interface moves its clock past it. */
  maxStamp: Hlc | undefined;
}

/**
 * Brings in a team folder file with no question asked: the same steps as a file a person opens (decrypt, check,
 * compare, store in one transaction), confirmed at once. Differences that need a decision go to the list a person
 * settles, as they would after any import.
 */
export async function bringInQuietly(db: TeamDb, request: QuietRequest): Promise<QuietResult> {
  const opened = await openBundleBytes(
    { ...request, passphrase: '', expectTeamId: db.teamId },
    { dbFor: () => db, onProgress: () => undefined },
  );
  if (!opened.ok) return { outcome: outcomeOfError(opened.error), maxStamp: undefined };
  const facts = factsOf(opened.plan.manifest);
  if (opened.plan.alreadyReceived)
    return { outcome: { kind: 'alreadyReceived', facts }, maxStamp: undefined };
  const stored = await applyPlan(db, opened.plan, () => undefined);
  if (!stored.ok) return { outcome: { kind: 'notStored', detail: stored.message }, maxStamp: undefined };
  if (!stored.applied) return { outcome: { kind: 'alreadyReceived', facts }, maxStamp: undefined };
  let changes = 0;
  let decisions = 0;
  for (const counts of Object.values(opened.plan.counts)) {
    changes += counts.added + counts.changed;
    decisions += counts.decisions;
  }
  return { outcome: { kind: 'applied', facts, changes, decisions }, maxStamp: stored.maxStamp };
}
