/**
 * The team database's side of the team folder (IndexedDB, meta keys `folder`, `folderJournal` and the
 * `folder-change:` notes of folderJournal.ts): what goes into this PC's next file, which changes are waiting to go,
 * and the folder state (shared/folder/state.ts) kept between runs. A change file holds exactly the records the
 * journal names; a full file holds every record in scope, as a saved file does.
 */
import type { AuditRow } from '../../shared/domain/audit';
import { AUDIT_TABLE, SCHEMA_VERSION, TABLES, isTableName, tableByName } from '../../shared/domain/registry';
import { AREAS, type Area } from '../../shared/domain/tableDef';
import { createBundleDocument } from '../../shared/bundle/document';
import { normaliseScope, type BundleDocument, type BundleManifest } from '../../shared/bundle/manifest';
import type { FolderFileKind } from '../../shared/folder/fileNames';
import type { FolderState } from '../../shared/folder/state';
import type { Pending } from '../../shared/folder/writing';
import type { SyncedRecord } from '../../shared/sync/record';
import type { VersionVectors } from '../../shared/sync/versionVector';
import { collectBundleDocument } from './exportBundle';
import { FOLDER_CHANGE_PREFIX, FOLDER_JOURNAL_KEY, type FolderChangeRow } from './folderJournal';
import { getMeta, readVersionVectors, setMeta, type FolderChangeNote } from './meta';
import type { TeamDb } from './teamDb';

export interface FolderFileRequest {
  kind: FolderFileKind;
  /** For a change file: what this PC had seen at its previous file. */
  since: VersionVectors | null;
  scope: readonly Area[];
  source: BundleManifest['source'];
  appVersion: string;
}

export interface CollectedFolderFile {
  document: BundleDocument;
  /** The journal notes the file took in: forgotten once the file is in the folder. */
  consumed: string[];
}

async function readNotes(db: TeamDb): Promise<FolderChangeRow[]> {
  const rows = await db.meta.where('key').startsWith(FOLDER_CHANGE_PREFIX).toArray();
  // Only folderJournal.ts writes keys with this prefix, always with a FolderChangeNote.
  return rows.map((row) => ({ key: row.key, value: row.value as FolderChangeNote }));
}

/** Per table, the ids the notes name, or 'all' when a note could not list them. */
function wantedRows(notes: readonly FolderChangeRow[]): Map<string, Set<string> | 'all'> {
  const wanted = new Map<string, Set<string> | 'all'>();
  for (const { value } of notes) {
    const held = wanted.get(value.table);
    if (held === 'all') continue;
    if (value.ids === null) {
      wanted.set(value.table, 'all');
      continue;
    }
    const ids = held ?? new Set<string>();
    for (const id of value.ids) ids.add(id);
    wanted.set(value.table, ids);
  }
  return wanted;
}

async function rowsOf<Row>(
  db: TeamDb,
  table: string,
  wanted: Set<string> | 'all' | undefined,
): Promise<Row[]> {
  if (wanted === undefined) return [];
  const store = db.table<Row, string>(table);
  if (wanted === 'all') return store.toArray();
  const rows = await store.bulkGet([...wanted]);
  return rows.filter((row): row is Awaited<Row> => row !== undefined);
}

function auditInScope(row: AuditRow, scope: ReadonlySet<Area>): boolean {
  return isTableName(row.table) && scope.has(tableByName(row.table).area);
}

/** Everything the next file carries, read in one read-only transaction with the notes it takes in. */
export async function collectFolderDocument(
  db: TeamDb,
  request: FolderFileRequest,
): Promise<CollectedFolderFile> {
  const scope = normaliseScope(request.scope);
  const inScope = new Set<Area>(scope);
  const defs = TABLES.filter((def) => inScope.has(def.area));
  return db.transaction('r', [...defs.map((def) => def.name), AUDIT_TABLE.name, 'meta'], async () => {
    const notes = await readNotes(db);
    const consumed = notes.map((note) => note.key);
    if (request.kind === 'full' || request.since === null) {
      const document = await collectBundleDocument(db, {
        scope,
        source: request.source,
        appVersion: request.appVersion,
      });
      return { document, consumed };
    }
    const wanted = wantedRows(notes);
    const tables: Record<string, unknown[]> = {};
    for (const def of defs) {
      const rows = await rowsOf<SyncedRecord>(db, def.name, wanted.get(def.name));
      if (rows.length > 0) tables[def.name] = rows;
    }
    const audit = await rowsOf<AuditRow>(db, AUDIT_TABLE.name, wanted.get(AUDIT_TABLE.name));
    const inScopeAudit = audit.filter((row) => auditInScope(row, inScope));
    if (inScopeAudit.length > 0) tables[AUDIT_TABLE.name] = inScopeAudit;
    const team = await db.rows('team').get(db.teamId);
    const document = createBundleDocument({
      teamId: db.teamId,
      teamName: team?.name || 'Team',
      appVersion: request.appVersion,
      schemaVersion: SCHEMA_VERSION,
      source: request.source,
      scope,
      versionVectors: await readVersionVectors(db),
      since: request.since,
      tables,
      tableDefs: TABLES,
      appendOnlyNames: [AUDIT_TABLE.name],
    });
    return { document, consumed };
  });
}

/** The changes waiting to go to the folder. */
export async function pendingChanges(db: TeamDb): Promise<Pending> {
  const notes = await readNotes(db);
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  for (const { value } of notes) {
    firstAt = firstAt === null ? value.at : Math.min(firstAt, value.at);
    lastAt = lastAt === null ? value.at : Math.max(lastAt, value.at);
  }
  return {
    count: notes.length,
    local: notes.some((note) => !note.value.received),
    firstAt,
    lastAt,
    wholeTables: notes.some((note) => note.value.ids === null),
  };
}

/** From now on every write is noted for the folder (before the first full file is read, so nothing falls between). */
export async function startFolderJournal(db: TeamDb): Promise<void> {
  await db.transaction('rw', ['meta'], async () => {
    if ((await getMeta(db, FOLDER_JOURNAL_KEY)) === undefined) {
      await setMeta(db, FOLDER_JOURNAL_KEY, { since: new Date().toISOString() });
    }
  });
}

/** This PC stops using the team folder for the team: no more notes, and the folder's state is forgotten. */
export async function stopFolderJournal(db: TeamDb): Promise<void> {
  await db.transaction('rw', ['meta'], async () => {
    await db.meta.delete(FOLDER_JOURNAL_KEY);
    await db.meta.delete('folder');
    await db.meta.delete('folderScope');
    await db.meta.where('key').startsWith(FOLDER_CHANGE_PREFIX).delete();
  });
}

/** The areas this PC puts in the team folder: all of them unless the person chose fewer. */
export async function folderScope(db: TeamDb): Promise<Area[]> {
  return (await getMeta(db, 'folderScope')) ?? [...AREAS];
}

export async function setFolderScope(db: TeamDb, scope: readonly Area[]): Promise<void> {
  await setMeta(db, 'folderScope', normaliseScope(scope));
}

export async function loadFolderState(db: TeamDb): Promise<FolderState | null> {
  return (await getMeta(db, 'folder')) ?? null;
}

export async function saveFolderState(db: TeamDb, state: FolderState): Promise<void> {
  await setMeta(db, 'folder', state);
}

/** A file is in the folder: keep the state that says so and forget the notes it took in, in one transaction. */
export async function noteFolderFileWritten(
  db: TeamDb,
  state: FolderState,
  consumed: readonly string[],
): Promise<void> {
  await db.transaction('rw', ['meta'], async () => {
    await setMeta(db, 'folder', state);
    await db.meta.bulkDelete([...consumed]);
  });
}
