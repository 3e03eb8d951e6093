/**
 * The envelope every synced record carries beside its own fields.
 *
 * Records are stored flat: `{ id, stamps, deleted, purged, updatedBy, updatedAt, ...fields }`. `stamps` maps every
 * field name (including `deleted`, `purged`, `updatedBy` and `updatedAt`) to the HLC stamp of its last write, so
 * merge is per field and a delete is just a stamped write that a later stamped restore can undo. `purged` is the
 * exception that makes removal for good final: once true anywhere it stays true, whatever the stamps
 * (shared/sync/purge.ts, docs/decisions/0014-purge-is-final.md).
 */
import { z } from 'zod';
import { isHlc, type Hlc } from './hlc';
import { ownEntry } from './ownKeys';

export const ENVELOPE_KEYS = ['id', 'stamps'] as const;
/** Fields every record has that are stamped like any other field. */
export const STAMPED_META_KEYS = ['deleted', 'purged', 'updatedBy', 'updatedAt'] as const;

export interface RecordEnvelope {
  id: string;
  stamps: Record<string, Hlc>;
  deleted: boolean;
  /** Removed for good: its personal fields are empty and it can never come back. Missing on rows from before. */
  purged?: boolean;
  /** The member id of the person who made the last change (not the PC). */
  updatedBy: string;
  /** ISO time of the last change. */
  updatedAt: string;
}

export type SyncedRecord = RecordEnvelope & Record<string, unknown>;

/** Keys that must never be accepted as field names from a file: they would reach the object prototype. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const uuidSchema = z.uuid({ message: 'Must be a record id.' });
export const hlcSchema = z.string().refine(isHlc, { message: 'Must be a change stamp.' });
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** A calendar date `YYYY-MM-DD`, as typed in a date field. */
export const isoDateSchema = z.iso.date();

/**
 * The stamps of one table's records: a stamp for each field that was written, and only for fields the table has, so
 * that a name every object inherits ("toString") or any other stranger can never be read as a field's stamp.
 */
function stampsSchemaFor(fields: ReadonlySet<string>) {
  return z
    .record(z.string(), hlcSchema)
    .refine((stamps) => Object.keys(stamps).every((key) => fields.has(key)), {
      message: 'Has a change stamp for a field this kind of record does not have.',
    });
}

export const envelopeShape = {
  id: uuidSchema,
  stamps: stampsSchemaFor(new Set(STAMPED_META_KEYS)),
  deleted: z.boolean(),
  /** Older files and records do not have it: they were not removed for good unless their change history says so. */
  purged: z.boolean().default(false),
  updatedBy: z.string(),
  updatedAt: isoDateTimeSchema,
};

/**
 * Builds the schema of a synced table from its own fields. Unknown keys are refused: a file with fields this
 * version does not know is either damaged or from a newer version, which the manifest check catches first. The
 * schema only constrains each field by itself (see shared/domain/recordRules.ts for rules that tie fields together),
 * so whatever a field-by-field merge of valid records produces passes it too.
 */
export function syncedRecordSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  const stamped = new Set<string>([...STAMPED_META_KEYS, ...Object.keys(shape)]);
  return z.strictObject({ ...envelopeShape, stamps: stampsSchemaFor(stamped), ...shape });
}

/** A field's stamp, read from the record's own stamps only (never one every object inherits). */
export function stampOf(stamps: Readonly<Record<string, Hlc>>, field: string): Hlc | undefined {
  return ownEntry(stamps, field);
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}
