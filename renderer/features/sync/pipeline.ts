/**
 * The steps of saving and bringing in a file, in the order they must run, with progress. The same functions run in
 * the Web Worker (bundleWorker.ts) and, where no worker exists (tests), on the calling thread. Decrypting and
 * checking the file all happen before the import's one database transaction opens.
 */
import { AUDIT_TABLE, SCHEMA_VERSION, TABLES } from '../../../shared/domain/registry';
import { AREA_LABELS, AREAS, type Area } from '../../../shared/domain/tableDef';
import { encodeBundle } from '../../../shared/bundle/bundle';
import { decryptBundle, type EncryptOptions } from '../../../shared/bundle/crypto';
import type { BundleError } from '../../../shared/bundle/errors';
import type { BundleManifest } from '../../../shared/bundle/manifest';
import { parseBundle } from '../../../shared/bundle/parse';
import { validateBundle } from '../../../shared/bundle/validate';
import type { Hlc } from '../../../shared/sync/hlc';
import { collectBundleDocument, ownStampIn, type ExportRequest } from '../../db/exportBundle';
import {
  applyImport,
  findReceipt,
  knownIdsIn,
  planImport,
  PlanOutdatedError,
  type ImportPlan,
} from '../../db/importApply';
import { getMeta } from '../../db/meta';
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
  createdAt: string;
  scope: Area[];
  /** When this file was brought in before; nothing will change. */
  alreadyReceivedAt: string | null;
  areas: AreaPreview[];
  /** PCs whose clock seems set ahead, named by the person who last sent from them where known. */
  clocksAhead: { deviceId: string; personName: string | null; wallTime: number }[];
}

export function previewOf(plan: ImportPlan, peerNames: ReadonlyMap<string, string>): ImportPreview {
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
  // A Map, not an object: a PC may be called "toString" without the preview reading a function as its person.
  const names = new Map(peerNames).set(manifest.source.deviceId, manifest.source.personName);
  return {
    bundleId: manifest.bundleId,
    teamId: manifest.teamId,
    teamName: manifest.teamName,
    fromPersonName: manifest.source.personName,
    fromDeviceId: manifest.source.deviceId,
    createdAt: manifest.createdAt,
    scope: manifest.scope,
    alreadyReceivedAt: plan.alreadyReceived?.importedAt ?? null,
    areas,
    clocksAhead: plan.futureStamps.map((future) => ({
      deviceId: future.device,
      personName: names.get(future.device) ?? null,
      wallTime: future.wallTime,
    })),
  };
}

async function peerNamesOf(db: TeamDb): Promise<Map<string, string>> {
  const peers = (await getMeta(db, 'peers')) ?? {};
  return new Map(Object.entries(peers).map(([device, peer]) => [device, peer.personName]));
}

export interface OpenRequest {
  bytes: Uint8Array;
  passphrase: string;
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
}

/** Decrypt → manifest → (already brought in?) → every record → references → the plan. Writes nothing. */
export async function openBundleBytes(request: OpenRequest, options: OpenOptions): Promise<OpenOutcome> {
  const { onProgress } = options;
  onProgress('opening', 0);
  const gzip = await decryptBundle(request.bytes, request.passphrase);
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
