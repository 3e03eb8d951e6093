/**
 * Bringing people in from a CSV file and sending the directory out as one. Importing is planned first, with every
 * bad row named and explained, so the person decides before anything is saved.
 */
import Papa from 'papaparse';
import { writeCsv } from '../csv/writeCsv';
import type { z } from 'zod';
import type { Agency, Member } from '../domain/directory';
import { memberSchema } from '../domain/directory';
import { brokenRules } from '../domain/recordRules';
import {
  CSV_FIELDS,
  CSV_FIELD_LABELS,
  readDate,
  readHours,
  readOfficeDays,
  readProfession,
  readSkills,
  readStatus,
  readYesNo,
  writeCell,
  type CellResult,
  type CsvField,
} from './csvFields';
import { isCurrentMember, normaliseEmail, compareText } from './members';

export const MAX_IMPORT_ROWS = 2000;

export interface CsvTable {
  headers: string[];
  /** Data rows, each padded to the number of headers. */
  rows: string[][];
}

/** Reads CSV text; the first row holds the headings. Returns a plain-words problem for an unusable file. */
export function parseCsv(text: string): { ok: true; table: CsvTable } | { ok: false; message: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || headerRow.every((cell) => cell.trim() === '')) {
    return {
      ok: false,
      message: 'The file is empty. Choose a CSV file with a heading row and one row per person.',
    };
  }
  if (rows.length === 0) {
    return {
      ok: false,
      message: 'The file has headings but nobody in it. Add one row per person below the headings.',
    };
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      message: `The file has ${rows.length} rows; bring in at most ${MAX_IMPORT_ROWS} at a time.`,
    };
  }
  const headers = headerRow.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const width = Math.max(headers.length, ...rows.map((row) => row.length));
  while (headers.length < width) headers.push(`Column ${headers.length + 1}`);
  return {
    ok: true,
    table: { headers, rows: rows.map((row) => headers.map((_, index) => row[index] ?? '')) },
  };
}

type MemberInput = z.input<typeof memberSchema>;
/** A member ready to save, with agencies by name (the save finds them or adds them). */
export type ImportMember = Omit<
  MemberInput,
  'id' | 'stamps' | 'deleted' | 'purged' | 'updatedBy' | 'updatedAt' | 'employingAgencyId' | 'hostAgencyId'
>;

export interface PlannedMember {
  /** The row number in the file, counting the heading row as row 1. */
  row: number;
  fields: ImportMember;
  employingAgency: string;
  hostAgency: string;
}

export interface RowProblem {
  row: number;
  /** The name on the row, when it has one. */
  name: string;
  problems: string[];
}

export interface ImportPlan {
  ready: PlannedMember[];
  /** Rows that cannot be saved as they are. */
  bad: RowProblem[];
  /** Rows for someone already in the directory (or earlier in the file), by email. */
  duplicates: RowProblem[];
  /** Agencies named in the file that are not in the directory yet: they are added with the people. */
  newAgencies: string[];
  /** Fields no column is mapped to that every row needs. */
  missingColumns: CsvField[];
}

const REQUIRED: readonly CsvField[] = ['name', 'profession'];

const PLACEHOLDER_ENVELOPE = {
  id: '00000000-0000-4000-8000-000000000000',
  stamps: {},
  deleted: false,
  updatedBy: '',
  updatedAt: '2000-01-01T00:00:00.000Z',
};

function schemaProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const label = field in CSV_FIELD_LABELS ? CSV_FIELD_LABELS[field as CsvField] : field;
    if (issue.code === 'custom') return issue.message;
    if (issue.message.startsWith('Must')) return `${label}: ${issue.message.toLowerCase()}`;
    return `${label} is not valid.`;
  });
}

function planRow(cells: Record<CsvField, string>, problems: string[]): Omit<PlannedMember, 'row'> | null {
  const take = <T>(field: CsvField, result: CellResult<T>, fallback: T): T => {
    if (result.ok) return result.value;
    problems.push(`${CSV_FIELD_LABELS[field]}: ${result.message}`);
    return fallback;
  };
  const profession = take('profession', readProfession(cells.profession), {
    profession: 'other' as const,
    professionOther: '',
  });
  const fields: ImportMember = {
    name: cells.name.trim(),
    pronouns: cells.pronouns.trim(),
    ...profession,
    roleTitle: cells.roleTitle.trim(),
    whatIDo: cells.whatIDo.trim(),
    whatIDoNot: cells.whatIDoNot.trim(),
    whatIBring: cells.whatIBring.trim(),
    skills: readSkills(cells.skills),
    phone: cells.phone.trim(),
    email: cells.email.trim(),
    desk: cells.desk.trim(),
    officeDays: take('officeDays', readOfficeDays(cells.officeDays), []),
    hoursPerWeek: take('hoursPerWeek', readHours(cells.hoursPerWeek), null),
    coLocated: take('coLocated', readYesNo(cells.coLocated), true),
    secondmentStart: take('secondmentStart', readDate(cells.secondmentStart), null),
    secondmentEnd: take('secondmentEnd', readDate(cells.secondmentEnd), null),
    status: take('status', readStatus(cells.status), 'active'),
  };
  const candidate = { ...PLACEHOLDER_ENVELOPE, ...fields };
  const checked = memberSchema.safeParse(candidate);
  if (!checked.success) problems.push(...schemaProblems(checked.error));
  problems.push(...brokenRules('members', candidate).map((rule) => rule.message));
  if (problems.length > 0) return null;
  return { fields, employingAgency: cells.employingAgency.trim(), hostAgency: cells.hostAgency.trim() };
}

/** Checks every row against the mapping; nothing is saved here. */
export function planImport(
  table: CsvTable,
  mapping: readonly (CsvField | null)[],
  members: readonly Member[],
  agencies: readonly Agency[],
): ImportPlan {
  const missingColumns = REQUIRED.filter((field) => !mapping.includes(field));
  const plan: ImportPlan = { ready: [], bad: [], duplicates: [], newAgencies: [], missingColumns };
  if (missingColumns.length > 0) return plan;
  const known = new Map<string, Member>();
  for (const member of members)
    if (isCurrentMember(member) && member.email) known.set(normaliseEmail(member.email), member);
  const inFile = new Map<string, number>();
  const agencyNames = new Set(
    agencies.filter((agency) => !agency.deleted).map((agency) => agency.name.toLowerCase()),
  );
  const newAgencies = new Map<string, string>();
  table.rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const cells = Object.fromEntries(CSV_FIELDS.map((field) => [field, ''])) as Record<CsvField, string>;
    mapping.forEach((field, column) => {
      if (field !== null) cells[field] = row[column] ?? '';
    });
    const problems: string[] = [];
    const planned = planRow(cells, problems);
    const name = cells.name.trim();
    if (!planned) {
      plan.bad.push({ row: rowNumber, name, problems });
      return;
    }
    const email = normaliseEmail(planned.fields.email ?? '');
    if (email) {
      const existing = known.get(email);
      const earlier = inFile.get(email);
      if (existing) {
        plan.duplicates.push({
          row: rowNumber,
          name,
          problems: [
            `${existing.name} is already in the directory with the email ${planned.fields.email ?? ''}.`,
          ],
        });
        return;
      }
      if (earlier !== undefined) {
        plan.duplicates.push({
          row: rowNumber,
          name,
          problems: [`Row ${earlier} has the same email, ${planned.fields.email ?? ''}.`],
        });
        return;
      }
      inFile.set(email, rowNumber);
    }
    for (const agency of [planned.employingAgency, planned.hostAgency]) {
      if (agency && !agencyNames.has(agency.toLowerCase())) newAgencies.set(agency.toLowerCase(), agency);
    }
    plan.ready.push({ row: rowNumber, ...planned });
  });
  plan.newAgencies = [...newAgencies.values()];
  return plan;
}

/** The whole directory (people who left included, marked so) as CSV text with readable headings. */
export function membersToCsv(members: readonly Member[], agencies: readonly Agency[]): string {
  const names = new Map(agencies.map((agency) => [agency.id, agency.name]));
  const agencyName = (id: string | null) => (id === null ? '' : (names.get(id) ?? ''));
  const rows = members
    .filter((member) => !member.deleted)
    .sort((a, b) => compareText(a.name, b.name))
    .map((member) => CSV_FIELDS.map((field) => writeCell(member, field, agencyName)));
  return writeCsv(
    CSV_FIELDS.map((field) => CSV_FIELD_LABELS[field]),
    rows,
  );
}
