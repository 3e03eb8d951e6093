/**
 * Builders for the bundle tests: a small team's bundle over the sync tests' own two-table registry, and a low scrypt
 * work factor so that each encryption takes milliseconds rather than a second.
 */
import type { SyncedRecord } from '../sync/record';
import { stamp, stampedRecord } from '../sync/testRecords';
import { observeRecord, type VersionVectors } from '../sync/versionVector';
import type { BundleDocument, BundleManifest } from './manifest';

export const TEST_WORK_FACTOR = 2;
export const TEAM_ID = 'team-riverside';
export const PASSPHRASE = 'correct horse battery staple';

export const PERSON_ID = '11111111-1111-4111-8111-111111111111';
export const NOTE_ID = '22222222-2222-4222-8222-222222222222';

export function makePerson(overrides: Record<string, unknown> = {}, id = PERSON_ID): SyncedRecord {
  return { ...stampedRecord(id, stamp(1_700_000_000_000, 'pc-a'), { name: 'Sam Patel' }), ...overrides };
}

export function makeNote(overrides: Record<string, unknown> = {}, id = NOTE_ID): SyncedRecord {
  return {
    ...stampedRecord(id, stamp(1_700_000_000_500, 'pc-a'), {
      title: 'Review',
      tags: ['school'],
      ownerId: PERSON_ID,
    }),
    ...overrides,
  };
}

export function makeManifest(
  tables: Record<string, unknown[]>,
  overrides: Partial<BundleManifest> = {},
): BundleManifest {
  let versionVectors: VersionVectors = {};
  for (const row of tables.people ?? [])
    versionVectors = observeRecord(versionVectors, 'directory', row as SyncedRecord);
  for (const row of tables.notes ?? [])
    versionVectors = observeRecord(versionVectors, 'cases', row as SyncedRecord);
  return {
    format: 'joined-up-bundle',
    formatVersion: 1,
    schemaVersion: 1,
    appVersion: '0.1.0',
    teamId: TEAM_ID,
    teamName: 'Riverside Family Team',
    bundleId: '33333333-3333-4333-8333-333333333333',
    source: { deviceId: 'pc-a', personId: 'person-1', personName: 'Alex Morgan' },
    createdAt: '2026-11-22T07:00:00.000Z',
    scope: ['team', 'directory', 'cases'],
    versionVectors,
    counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    ...overrides,
  };
}

export function makeDocument(
  tables: Record<string, unknown[]> = { people: [makePerson()], notes: [makeNote()] },
  overrides: Partial<BundleManifest> = {},
): BundleDocument {
  return { manifest: makeManifest(tables, overrides), tables };
}
