import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeTrainingAttendance, makeTrainingEntry } from '../../tests/factories/training';
import { cpdYear, last12Months, periodProblem } from './period';
import { memberRecord, recordCsv, recordFileName, recordTotals } from './record';

const ME = '00000000-0000-4000-8000-00000000000a';

describe("a person's training record", () => {
  const joint = makeTrainingEntry({
    title: 'Joint course',
    date: '2026-03-01',
    hours: 6,
    participatoryHours: 4,
  });
  const single = makeTrainingEntry({
    title: 'Agency update',
    type: 'single-agency',
    date: '2026-02-01',
    hours: 2,
    participatoryHours: 0,
  });
  const shadow = makeTrainingEntry({
    title: 'A day with the police',
    type: 'shadowing',
    date: '2026-04-01',
    hours: 7.5,
    participatoryHours: 7.5,
  });
  const outside = makeTrainingEntry({ title: 'Long ago', date: '2024-01-01' });
  const attendance = [joint, single, shadow, outside].map((entry) =>
    makeTrainingAttendance({
      entryId: entry.id,
      memberId: ME,
      learnt: entry === joint ? 'My own learning' : '',
    }),
  );

  it('lists the period’s training oldest first, with totals split into joint and single-agency hours', () => {
    const rows = memberRecord(ME, [joint, single, shadow, outside], attendance, {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(rows.map((row) => row.entry.title)).toEqual([
      'Agency update',
      'Joint course',
      'A day with the police',
    ]);
    expect(recordTotals(rows)).toEqual({
      entries: 3,
      hours: 15.5,
      participatoryHours: 11.5,
      jointHours: 6,
      singleAgencyHours: 2,
      otherHours: 7.5,
    });
  });

  it('uses the person’s own reflection, and the shared summary where they wrote none', () => {
    const rows = memberRecord(ME, [joint, single], attendance, { from: '2026-01-01', to: '2026-12-31' });
    expect(rows.map((row) => row.learnt)).toEqual([single.learnt, 'My own learning']);
  });

  it('exports CSV that reads back with the same values, and never as spreadsheet formulas', () => {
    const risky = makeTrainingEntry({
      title: '=HYPERLINK("x")',
      date: '2026-05-01',
      learnt: 'Line one\nline "two", three',
    });
    const rows = memberRecord(ME, [risky], [makeTrainingAttendance({ entryId: risky.id, memberId: ME })], {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    const parsed = Papa.parse<Record<string, string>>(recordCsv(rows), { header: true });
    expect(parsed.data[0]?.['What I learnt']).toBe('Line one\nline "two", three');
    expect(parsed.data[0]?.['Title']).toBe('\'=HYPERLINK("x")');
    expect(parsed.data[0]?.['Hours']).toBe('6');
  });

  it('names the file after the person in plain letters', () => {
    expect(recordFileName('Siân O’Neill')).toBe('training-record-sian-o-neill.csv');
  });
});

describe('record periods', () => {
  it('takes the last 12 months up to today', () => {
    expect(last12Months('2026-06-15')).toEqual({ from: '2025-06-16', to: '2026-06-15' });
    expect(last12Months('2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('takes the CPD year from 1 December to 30 November', () => {
    expect(cpdYear('2026-06-15')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(cpdYear('2026-12-01')).toEqual({ from: '2026-12-01', to: '2027-11-30' });
    expect(cpdYear('2026-06-15', 4)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
  });

  it('refuses an end before the start, and dates that do not exist', () => {
    expect(periodProblem({ from: '2026-02-01', to: '2026-01-01' })?.field).toBe('to');
    expect(periodProblem({ from: '2026-02-30', to: '2026-03-01' })?.field).toBe('from');
    expect(periodProblem({ from: '2026-01-01', to: '2026-01-01' })).toBeNull();
  });
});
