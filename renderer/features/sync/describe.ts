/** Plain words for records, fields and values in the Share and receive screen. */
import { showDate, showDateTime } from '../../../shared/dates';
import { isTableName, tableByName } from '../../../shared/domain/registry';
import type { SyncedRecord } from '../../../shared/sync/record';
import type { TeamDb } from '../../db/teamDb';

function text(record: SyncedRecord | undefined, field: string): string | null {
  const value = record?.[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

async function caseReference(db: TeamDb, caseId: unknown): Promise<string | null> {
  if (typeof caseId !== 'string') return null;
  const found = await db.rows('cases').get(caseId);
  return found ? found.reference : null;
}

/** "Case JU-0042", "Sam Taylor in people in the directory", "An action on case JU-0042". */
export async function describeRecord(
  db: TeamDb,
  table: string,
  record: SyncedRecord | undefined,
): Promise<string> {
  const label = isTableName(table) ? tableByName(table).label : 'another part of the app';
  if (table === 'cases') return `Case ${text(record, 'reference') ?? ''}`.trim();
  if (table === 'team') return 'Team details';
  const name = text(record, 'name') ?? text(record, 'title');
  if (name) return `${name} (${label})`;
  const reference = await caseReference(db, record?.['caseId']);
  if (reference) return `A record in ${label} on case ${reference}`;
  return `A record in ${label}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

/** A stored value as a person would read it. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? '(empty)' : value.map(describeValue).join(', ');
  if (typeof value === 'string') {
    if (DATE.test(value)) return showDate(value);
    if (DATE_TIME.test(value)) return showDateTime(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Turns what a person typed back into a value of the same kind as the field's current one. */
export function valueFromText(typed: string, like: unknown): unknown {
  const trimmed = typed.trim();
  if (Array.isArray(like)) return trimmed === '' ? [] : trimmed.split(',').map((part) => part.trim());
  if (typeof like === 'number') return trimmed === '' ? null : Number(trimmed);
  if (typeof like === 'boolean') return /^(yes|true)$/i.test(trimmed);
  if (like === null && trimmed === '') return null;
  return typed;
}
