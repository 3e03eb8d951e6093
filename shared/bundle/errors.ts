/**
 * Everything that can stop a bundle from being brought in, each as plain data (so it crosses from a worker to the
 * interface intact) with a message in plain words for practitioners. The database is never touched when one occurs.
 */
import type { Area } from '../domain/tableDef';
import type { VersionVectors } from '../sync/versionVector';

export interface RecordProblem {
  id: string | undefined;
  /** Where in the record, e.g. "title" or "tags.2". */
  field: string;
  message: string;
}

export interface TableProblems {
  table: string;
  label: string;
  area: Area | undefined;
  count: number;
  /** The first few, enough to point someone at the fault. */
  examples: RecordProblem[];
}

export type BundleError =
  | { kind: 'wrongPassphrase'; message: string }
  | { kind: 'damaged'; message: string; detail: string }
  | { kind: 'notABundle'; message: string; detail: string }
  | {
      kind: 'newerVersion';
      message: string;
      appVersion: string | undefined;
      formatVersion: number;
      schemaVersion: number;
    }
  | { kind: 'otherTeam'; message: string; teamId: string; teamName: string }
  | {
      kind: 'needsEarlierFiles';
      message: string;
      deviceId: string;
      personName: string;
      /** What this PC must have seen before the file can come in. */
      since: VersionVectors;
    }
  | { kind: 'invalidRecords'; message: string; total: number; tables: TableProblems[] }
  | { kind: 'unsafeContent'; message: string; key: string; path: string }
  | { kind: 'duplicateIds'; message: string; table: string; label: string; ids: string[] }
  | { kind: 'missingReferences'; message: string; total: number; tables: TableProblems[] }
  | { kind: 'lockedHere'; message: string };

export type BundleErrorKind = BundleError['kind'];

export type BundleResult<T> = { ok: true; value: T } | { ok: false; error: BundleError };

export function ok<T>(value: T): BundleResult<T> {
  return { ok: true, value };
}

export function fail<T>(error: BundleError): BundleResult<T> {
  return { ok: false, error };
}

const NOTHING_CHANGED = 'Nothing on this PC has been changed.';

export function wrongPassphrase(): BundleError {
  return {
    kind: 'wrongPassphrase',
    message: `That passphrase does not open this file. Check the team passphrase (capital letters count) and try again. ${NOTHING_CHANGED}`,
  };
}

export function damaged(detail: string): BundleError {
  return {
    kind: 'damaged',
    message: `This file is damaged or incomplete, perhaps because it was not copied in full. Ask for a fresh copy. ${NOTHING_CHANGED}`,
    detail,
  };
}

export function notABundle(detail: string): BundleError {
  return {
    kind: 'notABundle',
    message: `This is not a Joined Up file, so it cannot be brought in. ${detail} ${NOTHING_CHANGED}`,
    detail,
  };
}

export function newerVersion(
  appVersion: string | undefined,
  formatVersion: number,
  schemaVersion: number,
): BundleError {
  const made = appVersion ? `version ${appVersion} of Joined Up` : 'a newer version of Joined Up';
  return {
    kind: 'newerVersion',
    message: `This file was made with ${made}, which is newer than the one on this PC. Update Joined Up here, then open the file again. ${NOTHING_CHANGED}`,
    appVersion,
    formatVersion,
    schemaVersion,
  };
}

export function otherTeam(teamId: string, teamName: string): BundleError {
  return {
    kind: 'otherTeam',
    message: `This file belongs to the team "${teamName}", not the one open now. You can add it as another team instead. ${NOTHING_CHANGED}`,
    teamId,
    teamName,
  };
}

/** Joining a team this PC already holds, with a passphrase that does not open it here. */
export function lockedHere(): BundleError {
  return {
    kind: 'lockedHere',
    message: `This team is already on this PC, and that passphrase does not open it here. Open the team with its passphrase, then bring the file in from there. ${NOTHING_CHANGED}`,
  };
}

/** A change file whose earlier changes this PC has not seen yet (manifest `since`). */
export function needsEarlierFiles(deviceId: string, personName: string, since: VersionVectors): BundleError {
  return {
    kind: 'needsEarlierFiles',
    message: `This file holds only the latest changes ${personName === '' ? 'from another PC' : `${personName} saved`}, and this PC has not yet had the ones before them. Bring in an earlier file from the same PC, or a full file of the team, first. ${NOTHING_CHANGED}`,
    deviceId,
    personName,
    since,
  };
}

function records(count: number): string {
  return count === 1 ? '1 record' : `${count} records`;
}

function listTables(tables: readonly TableProblems[]): string {
  return tables.map((table) => `${records(table.count)} in ${table.label}`).join(', ');
}

export function invalidRecords(tables: TableProblems[]): BundleError {
  const total = tables.reduce((sum, table) => sum + table.count, 0);
  return {
    kind: 'invalidRecords',
    message: `Some records in this file did not pass checks (${listTables(tables)}), so none of it has been brought in. ${NOTHING_CHANGED}`,
    total,
    tables,
  };
}

export function unsafeContent(key: string, path: string): BundleError {
  return {
    kind: 'unsafeContent',
    message: `This file contains something Joined Up never writes, so it may have been tampered with and has not been opened. ${NOTHING_CHANGED}`,
    key,
    path,
  };
}

export function duplicateIds(table: string, label: string, ids: string[]): BundleError {
  return {
    kind: 'duplicateIds',
    message: `This file lists the same record more than once in ${label}, so it cannot be brought in. Ask for a fresh copy. ${NOTHING_CHANGED}`,
    table,
    label,
    ids,
  };
}

export function missingReferences(tables: TableProblems[]): BundleError {
  const total = tables.reduce((sum, table) => sum + table.count, 0);
  return {
    kind: 'missingReferences',
    message: `Some records in this file point to records that are neither in the file nor on this PC (${listTables(tables)}). Ask for a bundle that includes them. ${NOTHING_CHANGED}`,
    total,
    tables,
  };
}
