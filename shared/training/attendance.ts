/** Which attendance rows count as a person having taken part in a done training entry. */
import type { TrainingAttendance, TrainingEntry } from '../domain/training';

export interface Taken {
  entry: TrainingEntry;
  attendance: TrainingAttendance;
}

/** Every (done entry, attended row) pair, leaving out deleted rows, planned events and people who did not come. */
export function takenPart(
  entries: readonly TrainingEntry[],
  attendance: readonly TrainingAttendance[],
): Taken[] {
  const done = new Map<string, TrainingEntry>();
  for (const entry of entries) if (!entry.deleted && entry.status === 'done') done.set(entry.id, entry);
  const result: Taken[] = [];
  for (const row of attendance) {
    if (row.deleted || row.attended !== true) continue;
    const entry = done.get(row.entryId);
    if (entry) result.push({ entry, attendance: row });
  }
  return result;
}

/** Attendance rows grouped by entry id. */
export function byEntry<Row extends { entryId: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const list = map.get(row.entryId);
    if (list) list.push(row);
    else map.set(row.entryId, [row]);
  }
  return map;
}
