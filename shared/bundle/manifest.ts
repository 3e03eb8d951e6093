/**
 * The manifest at the head of every bundle: which team, which app and data versions made it, who made it and where,
 * which areas it carries, what the sending PC had seen, and how many rows each table holds.
 */
import { z } from 'zod';
import { AREAS, type Area } from '../domain/tableDef';
import { isoDateTimeSchema, uuidSchema } from '../sync/record';
import { versionVectorsSchema } from '../sync/versionVector';

export const BUNDLE_FORMAT = 'joined-up-bundle';
/**
 * The layout of the file itself (layers and manifest). Version 1 is the first; version 2 adds the sending PC's
 * name (`source.deviceName`) and change files (`since`), which a version 1 reader must not take for whole areas.
 */
export const BUNDLE_FORMAT_VERSION = 2;
export const BUNDLE_FILE_EXTENSION = '.joinedup';

const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** The longest readable PC name ("Front office PC"). */
export const PC_NAME_MAX = 60;

/** Read first, loosely, so that a file from a newer version is recognised as such before anything stricter fails. */
export const manifestHeadSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(64).optional(),
});

export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
  /** The version of the data's shape (shared/domain/registry.ts SCHEMA_VERSION) when the bundle was made. */
  schemaVersion: z.number().int().positive(),
  /** The app version that made the bundle, so a refusal can say which version is needed. */
  appVersion: z.string().min(1).max(64),
  teamId: z.string().min(1).max(100),
  teamName: z.string().min(1).max(200),
  bundleId: uuidSchema,
  source: z.strictObject({
    deviceId: z.string().regex(DEVICE_ID),
    /** The PC's readable name, as its people named it ("Front office PC"). */
    deviceName: z.string().min(1).max(PC_NAME_MAX).optional(),
    personId: z.string().min(1).max(100),
    personName: z.string().max(200),
  }),
  createdAt: isoDateTimeSchema,
  scope: z
    .array(z.enum(AREAS))
    .refine((areas) => areas.includes('team'), { message: 'The team area always travels.' })
    .refine((areas) => new Set(areas).size === areas.length, { message: 'An area is listed twice.' }),
  versionVectors: versionVectorsSchema,
  /**
   * Present on a change file: what the sending PC had seen when it wrote its previous file. The file then holds
   * only the records that changed since, so only a PC that has seen at least as much may bring it in.
   */
  since: versionVectorsSchema.optional(),
  /** Rows per table name, so a reader can show progress and a damaged writer is caught. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
});

export type BundleManifest = z.infer<typeof manifestSchema>;

/** The JSON document inside the file, before its rows are checked. */
export interface BundleDocument {
  manifest: BundleManifest;
  tables: Record<string, unknown[]>;
}

/** Builds a scope in the canonical order with `team` always present. */
export function normaliseScope(areas: Iterable<Area>): Area[] {
  const wanted = new Set<Area>(areas);
  wanted.add('team');
  return AREAS.filter((area) => wanted.has(area));
}
