/**
 * Builders for the sync tests: a tiny registry of two areas and records stamped by a fake clock, so the merge can be
 * tested without the app's real tables.
 */
import { z } from 'zod';
import type { TableDef } from '../domain/tableDef';
import { formatHlc, type Hlc } from './hlc';
import { syncedRecordSchema, type SyncedRecord } from './record';

export const noteSchema = syncedRecordSchema({
  title: z.string(),
  tags: z.array(z.string()).default([]),
  ownerId: z.string().nullable().default(null),
});

export const personSchema = syncedRecordSchema({ name: z.string() });

export const TEST_TABLES: readonly TableDef[] = [
  {
    name: 'people',
    area: 'directory',
    label: 'people in the directory',
    schema: personSchema,
    indexes: [],
    personalFields: [],
    sensitiveFields: [],
    references: [],
  },
  {
    name: 'notes',
    area: 'cases',
    label: 'case notes',
    schema: noteSchema,
    indexes: [],
    personalFields: ['title', 'tags'],
    sensitiveFields: [],
    references: [{ field: 'ownerId', table: 'people', optional: true }],
  },
];

export function stamp(wall: number, device: string, counter = 0): Hlc {
  return formatHlc({ wall, counter, device });
}

/** A record whose every field carries the same stamp, as when it was first written. */
export function stampedRecord(
  id: string,
  at: Hlc,
  fields: Record<string, unknown>,
  by = 'person-1',
): SyncedRecord {
  const all: Record<string, unknown> = {
    deleted: false,
    purged: false,
    updatedBy: by,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
  const stamps = Object.fromEntries(Object.keys(all).map((key) => [key, at]));
  return {
    id,
    stamps,
    deleted: false,
    purged: false,
    updatedBy: by,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

/** `record` with some fields written again at `at`. */
export function rewrite(
  record: SyncedRecord,
  at: Hlc,
  fields: Record<string, unknown>,
  by = record.updatedBy,
): SyncedRecord {
  const changed = { ...fields, updatedBy: by };
  const stamps = { ...record.stamps };
  for (const key of Object.keys(changed)) stamps[key] = at;
  return { ...record, ...changed, stamps };
}
