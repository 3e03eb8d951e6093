/**
 * Step three of an import, still before any database transaction: bring older rows up to date (numbered
 * migrations, then zod defaults), check every row against its table's schema, refuse duplicate ids and references
 * that lead nowhere. Rows are replaced in place by their checked copies so memory does not double on a big team.
 */
import type { z } from 'zod';
import type { TableDef } from '../domain/tableDef';
import type { SyncedRecord } from '../sync/record';
import {
  damaged,
  duplicateIds,
  fail,
  invalidRecords,
  missingReferences,
  notABundle,
  ok,
  type BundleResult,
  type RecordProblem,
  type TableProblems,
} from './errors';
import type { BundleManifest } from './manifest';
import { MIGRATIONS, migrateTables, type BundleMigration, type RawTables } from './migrations';
import type { ParsedBundle } from './parse';

/** A table whose rows are only ever added, such as the change history (AUDIT_TABLE in the registry). */
export interface AppendOnlyTableDef {
  name: string;
  label: string;
  schema: z.ZodType<{ id: string }>;
}

export interface ValidateExpectations {
  tables: readonly TableDef[];
  appendOnlyTables?: readonly AppendOnlyTableDef[];
  /** The data version this app reads; older bundles are migrated up to it. */
  schemaVersion: number;
  migrations?: readonly BundleMigration[];
  /**
   * Which of `ids` this PC already holds in `table`, for references to records the bundle does not carry (say, a
   * case bundle pointing at people in the directory). Asked once per table with every id it needs.
   */
  knownIds?: (table: string, ids: readonly string[]) => ReadonlySet<string> | Promise<ReadonlySet<string>>;
}

export interface ValidBundle {
  manifest: BundleManifest;
  /** Checked rows of the merged tables, by table name, with defaults filled in. */
  tables: Record<string, SyncedRecord[]>;
  /** Checked rows of append-only tables, by table name. */
  appendOnly: Record<string, { id: string }[]>;
}

const MAX_EXAMPLES = 5;

interface Checked<Row> {
  rows: Row[];
  problems: TableProblems | undefined;
}

function rowId(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null || !('id' in row)) return undefined;
  return typeof row.id === 'string' ? row.id : undefined;
}

function checkRows<Row>(
  def: { name: string; label: string; schema: z.ZodType<Row> },
  area: TableDef['area'] | undefined,
  raw: unknown[],
): Checked<Row> {
  const examples: RecordProblem[] = [];
  const rows: Row[] = [];
  let count = 0;
  for (let index = 0; index < raw.length; index += 1) {
    const result = def.schema.safeParse(raw[index]);
    if (result.success) {
      rows.push(result.data);
      // Dropping the raw row now means the raw and checked copies of a table are never both alive in full.
      raw[index] = result.data;
      continue;
    }
    count += 1;
    if (examples.length < MAX_EXAMPLES) {
      const issue = result.error.issues[0];
      examples.push({
        id: rowId(raw[index]),
        field: issue?.path.join('.') ?? '',
        message: issue?.message ?? '',
      });
    }
  }
  const problems = count > 0 ? { table: def.name, label: def.label, area, count, examples } : undefined;
  return { rows, problems };
}

function findDuplicates(rows: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) duplicates.add(row.id);
    seen.add(row.id);
  }
  return [...duplicates];
}

function referencedIds(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value))
    return value.filter((item): item is string => typeof item === 'string' && item !== '');
  return [];
}

async function checkReferences(
  defs: readonly TableDef[],
  tables: Record<string, SyncedRecord[]>,
  knownIds: ValidateExpectations['knownIds'],
): Promise<TableProblems[]> {
  const inBundle = new Map<string, Set<string>>();
  const idsIn = (table: string) => {
    let ids = inBundle.get(table);
    if (!ids) {
      ids = new Set((tables[table] ?? []).map((row) => row.id));
      inBundle.set(table, ids);
    }
    return ids;
  };
  const labels = new Map(defs.map((def) => [def.name, def.label]));
  const wanted = new Map<string, Set<string>>();
  const pending: {
    def: TableDef;
    row: SyncedRecord;
    field: string;
    target: string;
    id: string | undefined;
  }[] = [];

  for (const def of defs) {
    for (const row of tables[def.name] ?? []) {
      // A deleted record's links no longer matter, and a purged stub may have lost them on purpose.
      if (row.deleted) continue;
      for (const reference of def.references) {
        const value = row[reference.field];
        const ids = referencedIds(value);
        if (ids.length === 0) {
          if (!reference.optional)
            pending.push({ def, row, field: reference.field, target: reference.table, id: undefined });
          continue;
        }
        for (const id of ids) {
          if (idsIn(reference.table).has(id)) continue;
          pending.push({ def, row, field: reference.field, target: reference.table, id });
          const set = wanted.get(reference.table) ?? new Set<string>();
          set.add(id);
          wanted.set(reference.table, set);
        }
      }
    }
  }
  if (pending.length === 0) return [];

  const known = new Map<string, ReadonlySet<string>>();
  for (const [table, ids] of wanted) known.set(table, knownIds ? await knownIds(table, [...ids]) : new Set());

  const byTable = new Map<string, TableProblems>();
  for (const item of pending) {
    if (item.id !== undefined && known.get(item.target)?.has(item.id)) continue;
    const problems = byTable.get(item.def.name) ?? {
      table: item.def.name,
      label: item.def.label,
      area: item.def.area,
      count: 0,
      examples: [],
    };
    problems.count += 1;
    if (problems.examples.length < MAX_EXAMPLES) {
      const targetLabel = labels.get(item.target) ?? item.target;
      problems.examples.push({
        id: item.row.id,
        field: item.field,
        message:
          item.id === undefined
            ? `Must point to a record in ${targetLabel}.`
            : `Points to a record in ${targetLabel} that is missing.`,
      });
    }
    byTable.set(item.def.name, problems);
  }
  return [...byTable.values()];
}

function checkLayout(parsed: ParsedBundle, expectations: ValidateExpectations): BundleResult<null> {
  const { manifest, tables } = parsed;
  const scope = new Set(manifest.scope);
  const merged = new Map(expectations.tables.map((def) => [def.name, def]));
  const appendOnly = new Set((expectations.appendOnlyTables ?? []).map((def) => def.name));
  for (const name of Object.keys(tables)) {
    const def = merged.get(name);
    if (def === undefined && !appendOnly.has(name)) {
      return fail(
        notABundle(`It holds a kind of record ("${name}") this version of Joined Up does not know.`),
      );
    }
    if (def !== undefined && !scope.has(def.area)) {
      return fail(notABundle(`It holds ${def.label}, which its description says it does not carry.`));
    }
  }
  const names = new Set([...Object.keys(tables), ...Object.keys(manifest.counts)]);
  for (const name of names) {
    const held = tables[name]?.length ?? 0;
    const said = manifest.counts[name] ?? 0;
    if (held !== said)
      return fail(damaged(`The file says it holds ${said} rows of "${name}" but holds ${held}.`));
  }
  return ok(null);
}

export async function validateBundle(
  parsed: ParsedBundle,
  expectations: ValidateExpectations,
): Promise<BundleResult<ValidBundle>> {
  const layout = checkLayout(parsed, expectations);
  if (!layout.ok) return layout;

  let raw: RawTables = parsed.tables;
  if (parsed.manifest.schemaVersion < expectations.schemaVersion) {
    try {
      raw = migrateTables(
        raw,
        parsed.manifest.schemaVersion,
        expectations.schemaVersion,
        expectations.migrations ?? MIGRATIONS,
      );
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail(
        notABundle(`It was made by an older version and could not be brought up to date (${detail}).`),
      );
    }
  }

  const tables: Record<string, SyncedRecord[]> = {};
  const appendOnly: Record<string, { id: string }[]> = {};
  const problems: TableProblems[] = [];
  for (const def of expectations.tables) {
    const rows = raw[def.name];
    if (!rows) continue;
    const checked = checkRows(def, def.area, rows);
    if (checked.problems) problems.push(checked.problems);
    tables[def.name] = checked.rows;
  }
  for (const def of expectations.appendOnlyTables ?? []) {
    const rows = raw[def.name];
    if (!rows) continue;
    const checked = checkRows(def, undefined, rows);
    if (checked.problems) problems.push(checked.problems);
    appendOnly[def.name] = checked.rows;
  }
  if (problems.length > 0) return fail(invalidRecords(problems));

  const allTables = [
    ...expectations.tables.map((def) => ({ name: def.name, label: def.label, rows: tables[def.name] })),
    ...(expectations.appendOnlyTables ?? []).map((def) => ({
      name: def.name,
      label: def.label,
      rows: appendOnly[def.name],
    })),
  ];
  for (const table of allTables) {
    const repeated = findDuplicates(table.rows ?? []);
    if (repeated.length > 0)
      return fail(duplicateIds(table.name, table.label, repeated.slice(0, MAX_EXAMPLES)));
  }

  const missing = await checkReferences(expectations.tables, tables, expectations.knownIds);
  if (missing.length > 0) return fail(missingReferences(missing));

  return ok({ manifest: parsed.manifest, tables, appendOnly });
}
