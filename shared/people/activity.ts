/**
 * Reads the rows the peripheral view needs from other modules' tables (reflection sessions, training) without
 * depending on their schemas: each row is checked for just the fields used, and rows that do not fit are skipped.
 */
import { z } from 'zod';
import type { Activity } from './peripheral';

const live = { deleted: z.boolean().default(false) };
const id = z.string();
const memberId = z.string().nullable().default(null);

const sessionRow = z.object({ id, date: z.string(), ...live });
const sessionAttendanceRow = z.object({ sessionId: id, memberId, status: z.string(), ...live });
const trainingEntryRow = z.object({ id, date: z.string(), status: z.string().default('done'), ...live });
const trainingAttendanceRow = z.object({ entryId: id, memberId, ...live });
const involvementRow = z.object({ memberId, until: z.string().nullable().default(null), ...live });

function rowsOf<Schema extends z.ZodType>(schema: Schema, rows: readonly unknown[]): z.infer<Schema>[] {
  const parsed: z.infer<Schema>[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (result.success) parsed.push(result.data);
  }
  return parsed;
}

/** The tables read, by name; a table that does not exist yet is passed as an empty list. */
export const ACTIVITY_TABLES = [
  'involvements',
  'reflectionSessions',
  'sessionAttendance',
  'trainingEntries',
  'trainingAttendance',
] as const;
export type ActivityTable = (typeof ACTIVITY_TABLES)[number];

export function activityFromRows(tables: Record<ActivityTable, readonly unknown[]>): Activity {
  return {
    involvements: rowsOf(involvementRow, tables.involvements),
    sessions: rowsOf(sessionRow, tables.reflectionSessions),
    sessionAttendance: rowsOf(sessionAttendanceRow, tables.sessionAttendance),
    trainingEntries: rowsOf(trainingEntryRow, tables.trainingEntries),
    trainingAttendance: rowsOf(trainingAttendanceRow, tables.trainingAttendance),
  };
}
