/**
 * Numbered migrations of a bundle's rows, oldest first. Each one lifts raw rows from `from` to `from + 1` before
 * they are checked against this version's schemas, so a bundle made by an older app can still be brought in. Data
 * version 1 is the first, so the list is empty; a change to a table's shape that a zod default cannot cover adds
 * an entry here together with SCHEMA_VERSION in shared/domain/registry.ts.
 */

/** Raw rows by table name, as parsed from the file; a migration may change them in place. */
export type RawTables = Record<string, unknown[]>;

export interface BundleMigration {
  /** The data version this migration reads; it produces `from + 1`. */
  from: number;
  /** What it does, for the change history and for people reading the code. */
  describe: string;
  migrate(tables: RawTables): RawTables;
}

export const MIGRATIONS: readonly BundleMigration[] = [];

/**
 * Lifts `tables` from data version `from` to `to`, one step at a time. Throws on a gap in the list: that is a
 * mistake in this app, not in the file.
 */
export function migrateTables(
  tables: RawTables,
  from: number,
  to: number,
  migrations: readonly BundleMigration[] = MIGRATIONS,
): RawTables {
  let current = tables;
  for (let version = from; version < to; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) throw new Error(`There is no migration from data version ${version} to ${version + 1}.`);
    current = step.migrate(current);
  }
  return current;
}
