/**
 * Reading what a bundle carries out of the team database (IndexedDB) for an export, and noting in `meta` that this
 * PC saved a file (the `exports` list). The rows go out exactly as stored, deleted stubs included, so that deletes
 * travel; the change history goes only for tables in the chosen scope.
 */
import type { AuditRow } from '../../shared/domain/audit';
import { AUDIT_TABLE, SCHEMA_VERSION, TABLES, isTableName, tableByName } from '../../shared/domain/registry';
import type { Area } from '../../shared/domain/tableDef';
import { createBundleDocument } from '../../shared/bundle/document';
import { normaliseScope, type BundleDocument, type BundleManifest } from '../../shared/bundle/manifest';
import { ownEntry } from '../../shared/sync/ownKeys';
import type { SyncedRecord } from '../../shared/sync/record';
import { getMeta, readVersionVectors, setMeta, type ExportNote } from './meta';
import type { TeamDb } from './teamDb';

/** How many saved files this PC remembers, enough to tell which reached each other PC. */
const EXPORTS_KEPT = 50;

export interface ExportRequest {
  scope: readonly Area[];
  source: BundleManifest['source'];
  appVersion: string;
}

/** Whether an audit row belongs to a table of one of the areas in scope. */
function auditInScope(row: AuditRow, scope: ReadonlySet<Area>): boolean {
  return isTableName(row.table) && scope.has(tableByName(row.table).area);
}

/** Everything the export of `scope` carries, read in one read-only transaction so it is a consistent snapshot. */
export async function collectBundleDocument(db: TeamDb, request: ExportRequest): Promise<BundleDocument> {
  const scope = normaliseScope(request.scope);
  const inScope = new Set<Area>(scope);
  const defs = TABLES.filter((def) => inScope.has(def.area));
  return db.transaction('r', [...defs.map((def) => def.name), AUDIT_TABLE.name, 'meta'], async () => {
    const tables: Record<string, SyncedRecord[]> = {};
    for (const def of defs) tables[def.name] = await db.table<SyncedRecord, string>(def.name).toArray();
    const audit = (await db.audit.toArray()).filter((row) => auditInScope(row, inScope));
    const team = tables['team']?.find((row) => row.id === db.teamId);
    const teamName = typeof team?.['name'] === 'string' && team['name'] !== '' ? team['name'] : 'Team';
    return createBundleDocument({
      teamId: db.teamId,
      teamName,
      appVersion: request.appVersion,
      schemaVersion: SCHEMA_VERSION,
      source: request.source,
      scope,
      versionVectors: await readVersionVectors(db),
      tables: { ...tables, [AUDIT_TABLE.name]: audit },
      tableDefs: TABLES,
      appendOnlyNames: [AUDIT_TABLE.name],
    });
  });
}

/** The highest stamp this PC itself wrote that a document carries. */
export function ownStampIn(document: BundleDocument, deviceId: string): string | null {
  let highest: string | null = null;
  for (const vector of Object.values(document.manifest.versionVectors)) {
    const stamp = ownEntry(vector, deviceId);
    if (stamp !== undefined && (highest === null || stamp > highest)) highest = stamp;
  }
  return highest;
}

/** Notes that this PC saved a file, after the person saved it. */
export async function noteExport(db: TeamDb, note: ExportNote): Promise<void> {
  await db.transaction('rw', ['meta'], async () => {
    const notes = (await getMeta(db, 'exports')) ?? [];
    await setMeta(db, 'exports', [...notes, note].slice(-EXPORTS_KEPT));
  });
}

/** The last file this PC saved, if any. */
export async function lastExport(db: TeamDb): Promise<ExportNote | undefined> {
  return (await getMeta(db, 'exports'))?.at(-1);
}
