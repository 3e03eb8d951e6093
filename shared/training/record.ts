/**
 * One person's training record over a period, with the totals a CPD return asks for, and its CSV export. Each row
 * carries the person's own reflection (from their attendance row), falling back to the entry's shared summary;
 * for a reader who may not see their own reflections, the shared summary only.
 */
import { writeCsv } from '../csv/writeCsv';
import { TRAINING_TYPE_LABELS, type TrainingAttendance, type TrainingEntry } from '../domain/training';
import { takenPart } from './attendance';
import { inPeriod, type Period } from './period';

export interface RecordRow {
  entry: TrainingEntry;
  attendance: TrainingAttendance;
  learnt: string;
  changedPractice: string;
  peerReflectionWith: string;
  peerReflectionOutcome: string;
}

function ownOrShared(mine: string, shared: string): string {
  return mine.trim() !== '' ? mine : shared;
}

/** The done training a member attended in the period, oldest first. */
export function memberRecord(
  memberId: string,
  entries: readonly TrainingEntry[],
  attendance: readonly TrainingAttendance[],
  period: Period,
  options: { ownReflections: boolean } = { ownReflections: true },
): RecordRow[] {
  const own = options.ownReflections ? ownOrShared : (_mine: string, shared: string) => shared;
  return takenPart(entries, attendance)
    .filter(({ entry, attendance: row }) => row.memberId === memberId && inPeriod(entry.date, period))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.entry.title.localeCompare(b.entry.title))
    .map(({ entry, attendance: row }) => ({
      entry,
      attendance: row,
      learnt: own(row.learnt, entry.learnt),
      changedPractice: own(row.changedPractice, entry.changedPractice),
      peerReflectionWith: own(row.peerReflectionWith, entry.peerReflectionWith),
      peerReflectionOutcome: own(row.peerReflectionOutcome, entry.peerReflectionOutcome),
    }));
}

export interface RecordTotals {
  entries: number;
  hours: number;
  participatoryHours: number;
  jointHours: number;
  singleAgencyHours: number;
  /** Everything else: post-qualifying, team building, shadowing, induction, learning on the job. */
  otherHours: number;
}

export function recordTotals(rows: readonly RecordRow[]): RecordTotals {
  const totals: RecordTotals = {
    entries: rows.length,
    hours: 0,
    participatoryHours: 0,
    jointHours: 0,
    singleAgencyHours: 0,
    otherHours: 0,
  };
  for (const { entry } of rows) {
    totals.hours += entry.hours;
    totals.participatoryHours += entry.participatoryHours;
    if (entry.type === 'joint') totals.jointHours += entry.hours;
    else if (entry.type === 'single-agency') totals.singleAgencyHours += entry.hours;
    else totals.otherHours += entry.hours;
  }
  return totals;
}

/** Hours shown to people: at most two decimals, no trailing zeros ("2.5", "6"). */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

export const RECORD_CSV_HEADERS = [
  'Date',
  'Title',
  'Type',
  'Provider',
  'Hours',
  'Participatory hours',
  'What I learnt',
  'How it changed my practice',
  'Peer reflection with',
  'What came of the peer reflection',
] as const;

/** The record as CSV, one line per entry, ready for a CPD return or a spreadsheet. */
export function recordCsv(rows: readonly RecordRow[]): string {
  return writeCsv(
    RECORD_CSV_HEADERS,
    rows.map((row) => [
      row.entry.date,
      row.entry.title,
      TRAINING_TYPE_LABELS[row.entry.type],
      row.entry.provider,
      formatHours(row.entry.hours),
      formatHours(row.entry.participatoryHours),
      row.learnt,
      row.changedPractice,
      row.peerReflectionWith,
      row.peerReflectionOutcome,
    ]),
  );
}

/** A file name that is safe on every PC: "training-record-sam-okafor.csv". */
export function recordFileName(memberName: string): string {
  const slug = memberName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `training-record-${slug || 'person'}.csv`;
}
