/**
 * Numbered migrations of a bundle's rows, oldest first. Each one lifts raw rows from `from` to `from + 1` before
 * they are checked against this version's schemas, so a bundle made by an older app can still be brought in. A
 * change to a table's shape that a zod default cannot cover adds an entry here together with SCHEMA_VERSION in
 * shared/domain/registry.ts.
 */
import { decisionFromOlderCase } from '../domain/sharing';
import { requirementInChosenShape } from '../domain/training';

/** Raw rows by table name, as parsed from the file; a migration may change them in place. */
export type RawTables = Record<string, unknown[]>;

export interface BundleMigration {
  /** The data version this migration reads; it produces `from + 1`. */
  from: number;
  /** What it does, for the change history and for people reading the code. */
  describe: string;
  migrate(tables: RawTables): RawTables;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stamp of the purge of each record the file's change history says was removed for good, by "table|id". */
function purgesIn(audit: readonly unknown[]): Map<string, string> {
  const purges = new Map<string, string>();
  for (const row of audit) {
    if (!isObject(row) || row['action'] !== 'purge') continue;
    const { table, recordId, stamp } = row;
    if (typeof table !== 'string' || typeof recordId !== 'string' || typeof stamp !== 'string') continue;
    const key = `${table}|${recordId}`;
    const earlier = purges.get(key);
    if (earlier === undefined || stamp < earlier) purges.set(key, stamp);
  }
  return purges;
}

/**
 * Data version 2: every record carries `purged`, which only ever becomes true. A record removed for good before
 * then is known by its `purge` row in the change history, which travels with it; the zod default (false) covers
 * every other record.
 */
const MARK_PURGED: BundleMigration = {
  from: 1,
  describe: 'Records removed for good say so themselves (purged), as their change history already did',
  migrate(tables) {
    const purges = purgesIn(tables['audit'] ?? []);
    if (purges.size === 0) return tables;
    for (const [table, rows] of Object.entries(tables)) {
      if (table === 'audit') continue;
      for (const row of rows) {
        if (!isObject(row) || typeof row['id'] !== 'string') continue;
        const stamp = purges.get(`${table}|${row['id']}`);
        if (stamp === undefined || !isObject(row['stamps'])) continue;
        row['purged'] = true;
        row['deleted'] = true;
        row['stamps']['purged'] = stamp;
      }
    }
    return tables;
  },
};

/**
 * Data version 3 adds what an older app cannot read, so that it says the file is from a newer version instead of
 * refusing its rows: the `passwords` table (personal passwords' checks, with the directory) and `settles` on a
 * history row. A version 2 file holds neither, and its rows need no change.
 */
const PASSWORDS_AND_ANSWERS: BundleMigration = {
  from: 2,
  describe:
    'Personal passwords travel with the directory; a settled difference names the questions it answers',
  migrate: (tables) => tables,
};

/**
 * Data version 4 adds agencies' reference numbers for a case, a table a version 3 file does not hold, and an
 * action's owner from outside the team, whose zod defaults (no one named) cover every older action. A case's
 * basis for sharing becomes a decision of its own, with the id and stamps every PC gives it (decisionFromOlderCase).
 */
const REFERENCES_OUTSIDE_OWNERS_AND_BASES: BundleMigration = {
  from: 3,
  describe:
    "Cases hold agencies' own reference numbers and a history of the bases for sharing; an action may be owned by someone outside the team",
  migrate(tables) {
    const decisions: unknown[] = [];
    for (const row of tables['cases'] ?? []) {
      const decision = isObject(row) ? decisionFromOlderCase(row) : null;
      if (decision) decisions.push(decision);
    }
    if (decisions.length > 0) tables['sharingDecisions'] = decisions;
    return tables;
  },
};

/**
 * Data version 5: a required training names the training titles and types it accepts, chosen from a list. An older
 * requirement is brought into that shape by the same function as the team database's version 9 upgrade
 * (requirementInChosenShape, decision 0027).
 */
const REQUIRED_TRAINING_CHOSEN: BundleMigration = {
  from: 4,
  describe: 'A required training names the training titles and types it accepts',
  migrate(tables) {
    for (const row of tables['requiredTraining'] ?? []) if (isObject(row)) requirementInChosenShape(row);
    return tables;
  },
};

/**
 * Data version 6 adds the team's choice of wellbeing framework, whose default (SHANARRI) is what every
 * older team used, and its own list of indicators, a table an older file does not hold. A case's concerns keep
 * their codes: SHANARRI's are the built-in framework's ids, so an older case needs no change and shows its
 * indicators by name whichever framework the team chooses later. The step exists so that an older app refuses a
 * newer file as newer rather than refusing its cases' concerns one by one.
 */
const WELLBEING_FRAMEWORK: BundleMigration = {
  from: 5,
  describe:
    'A team records wellbeing in the framework it chooses; older cases keep their SHANARRI indicators',
  migrate: (tables) => tables,
};

/**
 * Data version 7 adds the team's own words for "Who can help with…" (`searchWords`, with the
 * directory), a table an older file does not hold; its rows need no change.
 */
const TEAM_SEARCH_WORDS: BundleMigration = {
  from: 6,
  describe: 'The team’s own abbreviations and other names travel with the directory',
  migrate: (tables) => tables,
};

export const MIGRATIONS: readonly BundleMigration[] = [
  MARK_PURGED,
  PASSWORDS_AND_ANSWERS,
  REFERENCES_OUTSIDE_OWNERS_AND_BASES,
  REQUIRED_TRAINING_CHOSEN,
  WELLBEING_FRAMEWORK,
  TEAM_SEARCH_WORDS,
];

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
