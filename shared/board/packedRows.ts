/**
 * A compact form of a part of the board's saved snapshot (snapshotPart.ts), or of its built cards (builtBoard.ts),
 * for storing it: each table's rows as lists of values under one list of field names, and every text of a field
 * that only holds text (the ids above all: a case's id is repeated by each of its involvements and actions) written
 * once in a shared list and referred to by its place there. At 5,000 cases the cards part is 6 MB as plain JSON and
 * well under half that packed, and the snapshot is sealed on disk, so every byte is unsealed and parsed when the
 * board opens (decision 0022). Packing then unpacking gives back rows equal to the ones packed.
 */
import type { KeptRow } from './snapshotPart';

export interface PackedTable {
  fields: string[];
  /** The places in `fields` of the fields whose values are all text or null, stored as places in `texts`. */
  shared: number[];
  /**
   * The places of the fields whose values are all lists of text (the people on a card), each stored as a list of
   * places in `texts`. Absent in parts packed before lists were.
   */
  lists?: number[];
  /** A row with exactly `fields` is a list of values in their order; any other row is kept as it is. */
  rows: unknown[];
}

export interface PackedRows {
  texts: string[];
  tables: Record<string, PackedTable>;
}

type Row = Readonly<Record<string, unknown>>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the row has exactly these fields, none of them undefined (a list cannot tell those apart). */
function fits(row: object, fields: readonly string[]): boolean {
  const keys = Object.keys(row);
  return keys.length === fields.length && fields.every((field) => Reflect.get(row, field) !== undefined);
}

function isText(value: unknown): boolean {
  return typeof value === 'string' || value === null;
}

function packTable(rows: readonly KeptRow[], textAt: (text: string) => number): PackedTable {
  const fields = rows[0] ? Object.keys(rows[0]) : [];
  const listed = rows.filter((row) => fits(row, fields));
  const placesWhere = (holds: (value: unknown) => boolean) =>
    fields.flatMap((field, place) => (listed.every((row) => holds(Reflect.get(row, field))) ? [place] : []));
  const shared = placesWhere(isText);
  const lists = placesWhere(isTexts);
  const kinds = fields.map((_field, place) =>
    shared.includes(place) ? 'text' : lists.includes(place) ? 'list' : 'value',
  );
  const packed = rows.map((row) => {
    if (!fits(row, fields)) return row;
    return fields.map((field, place): unknown => {
      const value: unknown = Reflect.get(row, field);
      if (kinds[place] === 'text' && typeof value === 'string') return textAt(value);
      if (kinds[place] === 'list' && isTexts(value)) return value.map(textAt);
      return value;
    });
  });
  return { fields, shared, lists, rows: packed };
}

/** Lists of rows by name: a part's tables (snapshotPart.ts), or the board's built cards (builtBoard.ts). */
export type RowLists = Readonly<Partial<Record<string, readonly KeptRow[]>>>;

export function packRows(source: RowLists): PackedRows {
  const texts: string[] = [];
  const places = new Map<string, number>();
  const textAt = (text: string): number => {
    const known = places.get(text);
    if (known !== undefined) return known;
    places.set(text, texts.length);
    texts.push(text);
    return texts.length - 1;
  };
  const tables: Record<string, PackedTable> = {};
  for (const [table, rows] of Object.entries(source)) {
    if (rows) tables[table] = packTable(rows, textAt);
  }
  return { texts, tables };
}

/** True for a list of texts (an empty list too). */
export function isTexts(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((text) => typeof text === 'string');
}

function isPackedTable(value: unknown): value is PackedTable {
  if (!isRow(value)) return false;
  const { fields, shared, lists, rows } = value;
  if (!isTexts(fields)) return false;
  const arePlaces = (places: unknown) =>
    Array.isArray(places) &&
    places.every((place) => typeof place === 'number' && place >= 0 && place < fields.length);
  return Array.isArray(rows) && arePlaces(shared) && (lists === undefined || arePlaces(lists));
}

/** The texts at these places, or null if any is not a place in `texts`. */
function textsAt(places: unknown, texts: readonly string[]): string[] | null {
  if (!Array.isArray(places)) return null;
  const found: string[] = [];
  for (const place of places) {
    const text = typeof place === 'number' ? texts[place] : undefined;
    if (text === undefined) return null;
    found.push(text);
  }
  return found;
}

function unpackTable(table: PackedTable, texts: readonly string[]): KeptRow[] | null {
  const lists = table.lists ?? [];
  const columns = table.fields.map((field, place) => ({
    field,
    shared: table.shared.includes(place),
    list: lists.includes(place),
  }));
  const rows: KeptRow[] = [];
  for (const packed of table.rows) {
    let row: Record<string, unknown>;
    if (Array.isArray(packed)) {
      if (packed.length !== columns.length) return null;
      row = {};
      let place = 0;
      for (const { field, shared, list } of columns) {
        const value: unknown = packed[place];
        place += 1;
        if (shared && typeof value === 'number') {
          const text = texts[value];
          if (text === undefined) return null;
          row[field] = text;
        } else if (list) {
          const found = textsAt(value, texts);
          if (!found) return null;
          row[field] = found;
        } else row[field] = value;
      }
    } else if (isRow(packed)) row = { ...packed };
    else return null;
    if (!isKeptRow(row)) return null;
    rows.push(row);
  }
  return rows;
}

function isKeptRow(row: Record<string, unknown>): row is Record<string, unknown> & KeptRow {
  return typeof row.id === 'string';
}

/** The rows a packed part holds, or null when what was stored is not a packed part (damaged, or another shape). */
export function unpackRows(stored: unknown): Partial<Record<string, KeptRow[]>> | null {
  if (!isRow(stored) || !isTexts(stored.texts) || !isRow(stored.tables)) return null;
  const source: Record<string, KeptRow[]> = {};
  for (const [name, table] of Object.entries(stored.tables)) {
    if (!isPackedTable(table)) return null;
    const rows = unpackTable(table, stored.texts);
    if (!rows) return null;
    source[name] = rows;
  }
  return source;
}
