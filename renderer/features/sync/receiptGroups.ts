/**
 * The "Files brought in" list, read by a person: files from one PC brought in on one day are one row. The team
 * folder brings in a small file for nearly every change made elsewhere (hundreds a day), so a row per file would
 * bury the one file a person carried in by hand; a row per PC per day reads "Front office PC: 42 files, 57 changes".
 */
import { isoDay } from '../../../shared/dates';
import type { ReceiptRow } from '../../db/teamDb';

export interface ReceiptGroup {
  /** The group's PC and day, unique in the list. */
  key: string;
  /** `YYYY-MM-DD`, the day the files were brought in, on this PC's calendar. */
  day: string;
  fromDeviceId: string;
  /** The PC's newest readable name in the group, when its files carried one. */
  fromDeviceName: string | null;
  /** The people who saved the files, newest first, each once. */
  people: string[];
  files: number;
  /** The newest file's bringing in, and when it was saved (for a group of one, its own times). */
  lastImportedAt: string;
  lastCreatedAt: string;
  changes: number;
  decisions: number;
}

function totals(counts: ReceiptRow['counts']): { changes: number; decisions: number } {
  let changes = 0;
  let decisions = 0;
  for (const table of Object.values(counts)) {
    changes += table.added + table.changed;
    decisions += table.decisions;
  }
  return { changes, decisions };
}

/** Groups receipts (newest first) by the PC that saved them and the day they came in, newest group first. */
export function groupReceipts(receipts: readonly ReceiptRow[]): ReceiptGroup[] {
  const groups = new Map<string, ReceiptGroup>();
  for (const receipt of receipts) {
    const day = isoDay(new Date(receipt.importedAt));
    const key = `${day} ${receipt.fromDeviceId}`;
    const { changes, decisions } = totals(receipt.counts);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        key,
        day,
        fromDeviceId: receipt.fromDeviceId,
        fromDeviceName: receipt.fromDeviceName ?? null,
        people: [receipt.fromPersonName],
        files: 1,
        lastImportedAt: receipt.importedAt,
        lastCreatedAt: receipt.createdAt,
        changes,
        decisions,
      });
      continue;
    }
    group.files += 1;
    group.changes += changes;
    group.decisions += decisions;
    group.fromDeviceName ??= receipt.fromDeviceName ?? null;
    if (!group.people.includes(receipt.fromPersonName)) group.people.push(receipt.fromPersonName);
  }
  // A Map keeps insertion order: receipts come newest first, so groups do too.
  return [...groups.values()];
}
