/**
 * Version vectors: for each area, for each device, the highest change stamp seen from that device. A device's
 * stamps rise with every write and every bundle carries whole areas, so having seen a device's stamp `s` in an area
 * means having seen every earlier write of that device in that area. Kept per area because a scoped bundle (say,
 * the directory only) must not claim that this PC has seen another device's case writes.
 */
import { z } from 'zod';
import { AREAS, type Area } from '../domain/tableDef';
import { DEVICE_ID_PATTERN, hlcDevice, type Hlc } from './hlc';
import { ownEntry, setOwn } from './ownKeys';
import { hlcSchema, type SyncedRecord } from './record';

export type DeviceVector = Record<string, Hlc>;
export type VersionVectors = Partial<Record<Area, DeviceVector>>;

/**
 * A PC in a vector is named like the PC in a stamp, and the stamp it lists must be one of that PC's own: a vector
 * that says "toString" has seen another PC's change is damaged, not a reason to trust it.
 */
export const versionVectorsSchema = z.partialRecord(
  z.enum(AREAS),
  z
    .record(z.string().regex(DEVICE_ID_PATTERN), hlcSchema)
    .refine((vector) => Object.entries(vector).every(([device, stamp]) => hlcDevice(stamp) === device), {
      message: 'Lists a change under a PC that did not make it.',
    }),
);

/** Records `stamp` into `vector` in place; used by the batch functions below, which own their copies. */
function observeInto(vector: DeviceVector, stamp: Hlc): void {
  const device = hlcDevice(stamp);
  if (device === '') return;
  const seen = ownEntry(vector, device);
  if (seen === undefined || stamp > seen) setOwn(vector, device, stamp);
}

/** Whether the vector has seen `stamp` in `area`: it has seen that stamp's device up to it or beyond. */
export function hasSeen(vectors: VersionVectors, area: Area, stamp: Hlc): boolean {
  const device = hlcDevice(stamp);
  if (device === '') return false;
  const seen = ownEntry(vectors[area], device);
  return seen !== undefined && seen >= stamp;
}

/** A copy of `vectors` that has also seen the given stamps in `area`. */
export function observeStamps(vectors: VersionVectors, area: Area, stamps: Iterable<Hlc>): VersionVectors {
  const vector: DeviceVector = { ...vectors[area] };
  for (const stamp of stamps) observeInto(vector, stamp);
  return { ...vectors, [area]: vector };
}

/** A copy of `vectors` that has also seen every stamp of `record`. */
export function observeRecord(
  vectors: VersionVectors,
  area: Area,
  record: Pick<SyncedRecord, 'stamps'>,
): VersionVectors {
  return observeStamps(vectors, area, Object.values(record.stamps));
}

/** The vectors of a batch of records of one area, built in one pass. */
export function vectorsOfRecords(
  area: Area,
  records: Iterable<Pick<SyncedRecord, 'stamps'>>,
): VersionVectors {
  const vector: DeviceVector = {};
  for (const record of records) {
    for (const stamp of Object.values(record.stamps)) observeInto(vector, stamp);
  }
  return { [area]: vector };
}

/** The per-device maximum of two sets of vectors: what a PC has seen after taking in what the other had seen. */
export function mergeVectors(a: VersionVectors, b: VersionVectors): VersionVectors {
  const merged: VersionVectors = {};
  for (const area of AREAS) {
    const left = a[area];
    const right = b[area];
    if (left === undefined && right === undefined) continue;
    const vector: DeviceVector = { ...left };
    for (const stamp of Object.values(right ?? {})) observeInto(vector, stamp);
    merged[area] = vector;
  }
  return merged;
}

/** Only the areas in `scope`: what a scoped bundle may claim to have seen. */
export function restrictVectors(vectors: VersionVectors, scope: readonly Area[]): VersionVectors {
  const restricted: VersionVectors = {};
  for (const area of scope) {
    const vector = vectors[area];
    if (vector !== undefined) restricted[area] = { ...vector };
  }
  return restricted;
}

/** The highest stamp anywhere in the vectors, so an importer can move its clock past it. */
export function highestStamp(vectors: VersionVectors): Hlc | undefined {
  let highest: Hlc | undefined;
  for (const area of AREAS) {
    for (const stamp of Object.values(vectors[area] ?? {})) {
      if (highest === undefined || stamp > highest) highest = stamp;
    }
  }
  return highest;
}

/** Whether `vectors` has seen everything `other` has, area by area and device by device. */
export function coversVectors(vectors: VersionVectors, other: VersionVectors): boolean {
  for (const area of AREAS) {
    for (const stamp of Object.values(other[area] ?? {})) {
      if (!hasSeen(vectors, area, stamp)) return false;
    }
  }
  return true;
}
