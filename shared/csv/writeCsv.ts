/**
 * The one way the app writes CSV. A spreadsheet opening the file runs any cell that starts with `=`, `+`, `-` or
 * `@` as a formula (a tab or carriage return in front is skipped first), so such a cell could fetch a web address
 * or start a program on the PC of whoever opens it. Every such cell gets a leading apostrophe, which spreadsheets
 * read as "this is text", whatever else the cell holds (line breaks included).
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text a spreadsheet will show rather than run. */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** CSV text with a heading row; every cell, headings included, is made safe to open in a spreadsheet. */
export function writeCsv(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: headings.map(safeCell), data: rows.map((row) => row.map(safeCell)) },
    // Escaping is done above, for multi-line cells too (Papa's own check misses a formula followed by a line break).
    { escapeFormulae: false },
  );
}
