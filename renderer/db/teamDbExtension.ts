/**
 * What a store kept inside the team database beside the team's records (today, the board's saved snapshot) asks of
 * the write path and of imports, so that neither needs to know the store. teamDb.ts lists the extensions once, so
 * every database opened anywhere (a window, the import worker, a benchmark, a test) has them: a store that missed a
 * change would go on showing what is no longer true.
 */
import type { DBCore, Middleware } from 'dexie';
import type { MetaStore } from './meta';

export interface TeamDbExtension {
  name: string;
  /** Sees every write to the team database, in the write's own transaction ("after write"). */
  afterWrite?: Middleware<DBCore>;
  /**
   * Runs in the transaction of a purge, made here or brought by an import ("after purge"): a record removed for
   * good must leave no copy of its personal fields behind. It may use the `meta` table only.
   */
  afterPurge?: (db: MetaStore) => Promise<void>;
}
