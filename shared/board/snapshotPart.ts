/**
 * What a part of the board's saved snapshot keeps: for each table it reads, the records it has a use for, cut
 * down to the fields it uses. Two parts exist — the cards (boardSource.ts) and the search text (searchSource.ts) —
 * each saved and brought up to date on its own (renderer/db/boardSnapshot.ts). Pure functions: a part's rows
 * from a full read, and a part's rows with changed records folded in, always agree.
 */
import type { TableName } from '../domain/registry';

export type SnapshotPartName = 'cards' | 'search';

/** Every kept row is a record of the team, cut down. */
export interface KeptRow {
  id: string;
}

/** A part's rows, table by table. */
export type PartSource = { readonly [Table in TableName]?: readonly KeptRow[] };

type TableOf<Source extends PartSource> = keyof Source & TableName;
type RowOfPart<Source extends PartSource, Table extends TableOf<Source>> = NonNullable<Source[Table]>[number];

/**
 * For each table, a stored record as the part keeps it, or null when the part has no use for it (deleted, or not
 * shown). `today` lets a part keep a record only while something about it holds that day (an overdue action).
 */
export type Slimmers<Source extends PartSource> = {
  [Table in TableOf<Source>]: (
    row: RowOfPart<Source, Table>,
    today: string,
  ) => RowOfPart<Source, Table> | null;
};

/**
 * For some tables, the order their rows are kept in: the order whoever reads them sorts them into, so that sort
 * finds them already in order.
 */
export type Orders<Source extends PartSource> = {
  [Table in TableOf<Source>]?: (a: RowOfPart<Source, Table>, b: RowOfPart<Source, Table>) => number;
};

type RowOrder = (a: KeptRow, b: KeptRow) => number;

export interface SnapshotPart<Source extends PartSource = PartSource> {
  name: SnapshotPartName;
  tables: readonly TableName[];
  /** Tables whose kept records depend on the day: read again whole when the snapshot is from another day. */
  dayBound: readonly TableName[];
  /** A record of `table` as the part keeps it, or null. */
  slim: (table: TableName, row: KeptRow, today: string) => KeptRow | null;
  /** The order `table`'s rows are kept in, if the part gives it one. */
  order: (table: TableName) => RowOrder | undefined;
  /** Never set: carries the part's row types to whoever loads it. */
  readonly rows?: Source;
}

export function definePart<Source extends PartSource>(
  name: SnapshotPartName,
  slimmers: Slimmers<Source>,
  dayBound: readonly TableOf<Source>[] = [],
  orders: Orders<Source> = {},
): SnapshotPart<Source> {
  // Each slimmer is only given rows read from its own table, whose stored records hold every field it reads.
  const byTable = new Map(
    Object.entries(slimmers) as [TableName, (row: KeptRow, today: string) => KeptRow | null][],
  );
  // Each order likewise only compares rows its own slimmer kept.
  const orderByTable = new Map(Object.entries(orders) as [TableName, RowOrder][]);
  return {
    name,
    tables: [...byTable.keys()],
    dayBound,
    slim: (table, row, today) => byTable.get(table)?.(row, today) ?? null,
    order: (table) => orderByTable.get(table),
  };
}

function inOrder(part: SnapshotPart, table: TableName, rows: KeptRow[]): KeptRow[] {
  const order = part.order(table);
  return order ? rows.sort(order) : rows;
}

/** Rows as stored, cut down to what the part keeps of them, in the part's order for the table if it has one. */
export function slimRows(
  part: SnapshotPart,
  table: TableName,
  rows: readonly KeptRow[],
  today: string,
): KeptRow[] {
  const kept: KeptRow[] = [];
  for (const row of rows) {
    const one = part.slim(table, row, today);
    if (one) kept.push(one);
  }
  return inOrder(part, table, kept);
}

/**
 * A table's kept rows with each changed record (id → the row as stored now, or undefined if it is gone) put in as
 * the part keeps it, or left out when the part has no use for it any more.
 */
export function patchRows(
  part: SnapshotPart,
  table: TableName,
  rows: readonly KeptRow[],
  changed: ReadonlyMap<string, KeptRow | undefined>,
  today: string,
): KeptRow[] {
  const patched: KeptRow[] = [];
  for (const row of rows) if (!changed.has(row.id)) patched.push(row);
  for (const now of changed.values()) {
    const one = now ? part.slim(table, now, today) : null;
    if (one) patched.push(one);
  }
  // The rows kept are in order already and the changed ones few: a sort of rows nearly in order is one pass.
  return inOrder(part, table, patched);
}
