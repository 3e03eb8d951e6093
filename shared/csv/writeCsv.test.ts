import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { safeCell, writeCsv } from './writeCsv';

function readBack(text: string): string[][] {
  return Papa.parse<string[]>(text).data;
}

describe('writing CSV that is safe to open in a spreadsheet', () => {
  it.each([
    ['=HYPERLINK("http://example.org","Open")'],
    ['+cmd|" /C calc"!A0'],
    ['-2+3+cmd|" /C calc"!A0'],
    ['@SUM(1+1)*cmd|" /C calc"!A0'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('turns %j into text a spreadsheet shows rather than runs', (cell) => {
    const [, row] = readBack(writeCsv(['Name'], [[cell]]));
    expect(row).toEqual([`'${cell}`]);
  });

  it('also catches a formula that goes on over several lines', () => {
    const [, row] = readBack(writeCsv(['Note'], [['=1+1\nsecond line']]));
    expect(row).toEqual(["'=1+1\nsecond line"]);
  });

  it('leaves ordinary text, quotes, commas and line breaks as they were', () => {
    const cells = ['Sam Okafor', 'Line one\nline "two", three', '2026-05-01', 'Health visitor; nurse', ''];
    expect(readBack(writeCsv(['A', 'B', 'C', 'D', 'E'], [cells]))[1]).toEqual(cells);
  });

  it('makes the headings safe too', () => {
    expect(readBack(writeCsv(['=1+1'], []))[0]).toEqual(["'=1+1"]);
  });

  it('marks only a risky first character, never one further in', () => {
    expect(safeCell('Leads on =, +, - and @')).toBe('Leads on =, +, - and @');
  });
});
