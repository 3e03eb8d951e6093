/**
 * The team folder's journal, kept in the team database's `meta` table under keys starting `folder-change:`. While
 * this PC uses a team folder for the team (meta `folderJournal` is set), every write to a synced table or the
 * change history adds a note naming the records it touched, in the same transaction as the write, whether a person
 * made it here or an import brought it. A change file (docs/bundle-format.md, `since`) is then the records those
 * notes name: everything that changed here since this PC's previous file. Notes are written blind (a fresh key
 * each, ordered by time), and the ones a file took in are removed once the file is in the folder.
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { AUDIT_TABLE, TABLES } from '../../shared/domain/registry';
import { newId } from '../../shared/sync/record';
import { touchedIds } from './boardChangeLog';
import type { FolderChangeNote, MetaKey } from './meta';
import type { TeamDbExtension } from './teamDbExtension';

export const FOLDER_CHANGE_PREFIX = 'folder-change:';
export const FOLDER_JOURNAL_KEY = 'folderJournal' satisfies MetaKey;
/** Past this many records in one write, the note says the whole table changed (and the next file is a full one). */
const MAX_IDS_PER_NOTE = 5000;

export interface FolderChangeRow {
  key: string;
  value: FolderChangeNote;
}

const JOURNALLED = new Set<string>([...TABLES.map((def) => def.name), AUDIT_TABLE.name]);

function withJournal(down: DBCore, table: DBCoreTable, name: string): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      const trans = req.trans instanceof IDBTransaction ? req.trans : null;
      // A write that cannot note itself is refused before it is made: it would never reach the team folder.
      if (trans && !trans.objectStoreNames.contains('meta')) {
        throw new Error(`A change to ${name} must be written in a transaction that includes the meta table.`);
      }
      const result = await table.mutate(req);
      const meta = down.table('meta');
      if ((await meta.get({ trans: req.trans, key: FOLDER_JOURNAL_KEY })) === undefined) return result;
      const at = Date.now();
      const note: FolderChangeRow = {
        key: `${FOLDER_CHANGE_PREFIX}${String(at).padStart(15, '0')}-${newId()}`,
        value: {
          table: name,
          ids: touchedIds(table, req, MAX_IDS_PER_NOTE),
          // Only an import writes in a transaction that also holds the receipts.
          received: trans?.objectStoreNames.contains('receipts') ?? false,
          at,
        },
      };
      await meta.mutate({ type: 'put', trans: req.trans, values: [note] });
      return result;
    },
  };
}

/** Registers the journal on a team database: see the comment at the top of this file. */
export const folderJournal: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'folderJournal',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      return JOURNALLED.has(name) ? withJournal(down, table, name) : table;
    },
  }),
};

/** The journal as an extension of the team database (teamDbExtension.ts): it hears of every write. */
export const folderJournalExtension: TeamDbExtension = {
  name: 'the team folder’s change notes',
  afterWrite: folderJournal,
};
