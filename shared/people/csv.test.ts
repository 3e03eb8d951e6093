import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeAgency, makeMember } from '../../tests/factories/records';
import { membersToCsv, parseCsv, planImport, type CsvTable } from './csv';
import type { Member } from '../domain/directory';
import { guessMapping } from './csvFields';

const health = makeAgency({ name: 'Community Health' });

function tableOf(text: string): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.table;
}

function plan(text: string, members = [makeMember({ email: 'sam.taylor@example.org' })]) {
  const table = tableOf(text);
  return planImport(table, guessMapping(table.headers), members, [health]);
}

const GOOD = `Name,Profession,Employing agency,Email,Days in the office,Hours a week,Secondment start,Secondment end,Skills
Ana Silva,Health visitor,Community Health,ana@example.org,"Mon, Tue",22.5,,,infant feeding; sleep
Tom Reid,Police officer,Northfield Police,tom@example.org,Monday Wednesday Friday,37.5,01/04/2026,31/03/2027,domestic abuse`;

describe('bringing people in from a CSV file', () => {
  it('guesses columns from their headings, including other common wordings', () => {
    expect(guessMapping(['Full name', 'Job title', 'Organisation', 'E-mail', 'Favourite colour'])).toEqual([
      'name',
      'roleTitle',
      'employingAgency',
      'email',
      null,
    ]);
  });

  it('makes every row of a good file ready, reading UK dates, day lists and skills', () => {
    const result = plan(GOOD);
    expect(result.bad).toEqual([]);
    expect(result.ready.map((row) => row.fields.name)).toEqual(['Ana Silva', 'Tom Reid']);
    expect(result.ready[1]?.fields).toMatchObject({
      profession: 'police-officer',
      officeDays: ['mon', 'wed', 'fri'],
      secondmentStart: '2026-04-01',
      secondmentEnd: '2027-03-31',
      skills: ['domestic abuse'],
    });
    expect(result.ready[0]?.fields.skills).toEqual(['infant feeding', 'sleep']);
    expect(result.newAgencies).toEqual(['Northfield Police']);
  });

  it('accepts the app’s own words back, as a list copied from the profiles shows them', () => {
    const result =
      plan(`Name,Profession,Days in the office,Hours a week,Based in the shared office,Secondment end,Status
Ana Silva,Health visitor,Every weekday,37.5 hours a week,"No, based elsewhere",3 March 2027,Has left the team
Tom Reid,Police officer,No regular days in the office,Not recorded,Yes,Not recorded,On leave`);
    expect(result.bad).toEqual([]);
    expect(result.ready[0]?.fields).toMatchObject({
      officeDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      hoursPerWeek: 37.5,
      coLocated: false,
      secondmentEnd: '2027-03-03',
      status: 'left',
    });
    expect(result.ready[1]?.fields).toMatchObject({
      officeDays: [],
      hoursPerWeek: null,
      secondmentEnd: null,
      status: 'on-leave',
    });
  });

  it('names each bad row by its number with every problem in plain words', () => {
    const result = plan(`Name,Profession,Email,Days in the office,Hours a week,Secondment start,Secondment end
,Teacher,a@example.org,Mon,,,
Bo Kerr,Teacher,not-an-email,Saturday,lots,2026-05-01,2026-04-01
Cat Lowe,Teacher,cat@example.org,Mon,,2026-02-30,`);
    expect(result.ready).toEqual([]);
    expect(result.bad.map((row) => row.row)).toEqual([2, 3, 4]);
    expect(result.bad[0]?.problems).toEqual(['The name must not be empty.']);
    expect(result.bad[1]?.problems).toEqual([
      'Days in the office: “saturday” is not a weekday from Monday to Friday.',
      'Hours a week: “lots” is not a number of hours.',
      'Email: must be an email address.',
      'The secondment end must not be before its start.',
    ]);
    expect(result.bad[2]?.problems[0]).toContain('“2026-02-30” is not a real date');
  });

  it('in a mixed file, keeps the good rows ready and reports duplicates by email, ignoring case', () => {
    const result = plan(`Name,Profession,Email
Ana Silva,Health visitor,ana@example.org
Sam Again,Health visitor,SAM.TAYLOR@example.org
Ana Twice,Health visitor,Ana@Example.org
No Job,,x@example.org`);
    expect(result.ready.map((row) => row.row)).toEqual([2]);
    expect(result.duplicates.map((row) => [row.row, row.problems[0]])).toEqual([
      [3, 'Sam Taylor is already in the directory with the email SAM.TAYLOR@example.org.'],
      [4, 'Row 2 has the same email, Ana@Example.org.'],
    ]);
    expect(result.bad).toEqual([
      { row: 5, name: 'No Job', problems: ['Profession: The profession is missing.'] },
    ]);
  });

  it('asks for a name and profession column before checking any row', () => {
    const table = tableOf('Who,What\nAna,Nurse');
    expect(planImport(table, [null, null], [], []).missingColumns).toEqual(['name', 'profession']);
  });

  it('refuses an empty file and a file with headings only, plainly', () => {
    expect(parseCsv('')).toEqual({ ok: false, message: expect.stringContaining('The file is empty') });
    expect(parseCsv('Name,Profession\n')).toEqual({
      ok: false,
      message: expect.stringContaining('nobody in it'),
    });
  });

  it('exports a directory that imports back to the same people', () => {
    // Everything but the agency, which is the one column that may come back empty.
    const joWithoutAgency = {
      profession: 'other',
      professionOther: 'Speech therapist',
      status: 'left',
      coLocated: false,
      hoursPerWeek: null,
      skills: ['stammering', 'signing'],
    } satisfies Partial<Member>;
    const members = [
      makeMember({
        name: 'Ana Silva',
        email: 'ana@example.org',
        employingAgencyId: health.id,
        officeDays: ['tue'],
      }),
      makeMember({ name: 'Jo Park', email: 'jo@example.org', ...joWithoutAgency }),
    ];
    const table = tableOf(membersToCsv(members, [health]));
    const result = planImport(table, guessMapping(table.headers), [], [health]);
    expect(result.bad).toEqual([]);
    expect(result.ready.map((row) => row.employingAgency)).toEqual(['Community Health', '']);
    expect(result.ready[1]?.fields).toMatchObject(joWithoutAgency);
  });

  it('never writes a name or note a spreadsheet would run as a formula', () => {
    const members = [
      makeMember({ name: '=HYPERLINK("http://example.org","x")', roleTitle: '+cmd|" /C calc"!A0' }),
      makeMember({ name: 'Ana', whatIDo: '@SUM(1+1)', desk: '-2+3' }),
    ];
    const rows = Papa.parse<string[]>(membersToCsv(members, [health]))
      .data.slice(1)
      .flat();
    const risky = rows.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(risky).toEqual([]);
    expect(rows).toContain('\'=HYPERLINK("http://example.org","x")');
  });
});
