/**
 * Bringing in a team folder file with no question asked: the same steps as a file a person opens (decrypt, check,
 * compare, store in one transaction), confirmed at once, through the pipeline's own outcome for readers that work
 * by themselves (pipeline.ts, `bringInFile`). Differences that need a decision go to the list a person settles, as
 * after any import; a file with a PC's clock far ahead is held back by the pipeline, which keeps it and brings it in
 * by itself later, and the folder tries it again later too.
 */
import type { BundleKeys } from '../../../shared/bundle/crypto';
import type { BundleError } from '../../../shared/bundle/errors';
import type { BundleManifest } from '../../../shared/bundle/manifest';
import type { BringInOutcome, FileFacts } from '../../../shared/folder/state';
import type { Hlc } from '../../../shared/sync/hlc';
import type { TeamDb } from '../../db/teamDb';
import { openBundleBytes, outcomeOf } from './pipeline';

export interface QuietRequest {
  bytes: Uint8Array;
  keys: BundleKeys;
  now?: number;
}

export interface QuietResult {
  outcome: BringInOutcome;
  /** The highest stamp stored: the interface moves its clock past it. */
  maxStamp: Hlc | undefined;
}

/** Plain facts from a file's manifest, for the team folder's notes. */
function factsOf(manifest: BundleManifest): FileFacts {
  return {
    bundleId: manifest.bundleId,
    teamId: manifest.teamId,
    deviceId: manifest.source.deviceId,
    deviceName: manifest.source.deviceName ?? null,
    personName: manifest.source.personName,
    createdAt: Date.parse(manifest.createdAt),
    scope: manifest.scope,
    vectors: manifest.versionVectors,
    since: manifest.since ?? null,
  };
}

/** A file that did not open, as the team folder treats it. */
function outcomeOfError(error: BundleError): BringInOutcome {
  switch (error.kind) {
    case 'wrongPassphrase':
      return { kind: 'wrongKey' };
    case 'newerVersion':
      return { kind: 'newerVersion', appVersion: error.appVersion ?? null };
    case 'otherTeam':
      return { kind: 'otherTeam', teamName: error.teamName };
    case 'needsEarlierFiles':
      return { kind: 'needsEarlierFiles', deviceId: error.deviceId, since: error.since };
    // The team was locked on this PC meanwhile (its key is gone): nothing stored, try again once it is open.
    case 'lockedHere':
      return { kind: 'notStored', detail: error.message };
    case 'damaged':
    case 'notABundle':
    case 'invalidRecords':
    case 'unsafeContent':
    case 'duplicateIds':
    case 'missingReferences':
      return { kind: 'unreadable', detail: error.message };
  }
}

const NOTHING_STORED = { maxStamp: undefined } as const;

export async function bringInQuietly(db: TeamDb, request: QuietRequest): Promise<QuietResult> {
  const opened = await openBundleBytes(
    { ...request, passphrase: '', expectTeamId: db.teamId },
    { dbFor: () => db, onProgress: () => undefined },
  );
  const facts = opened.ok ? factsOf(opened.plan.manifest) : null;
  const file = await outcomeOf(opened, () => undefined);
  switch (file.kind) {
    case 'heldBack':
      return {
        outcome: { kind: 'heldBack', deviceId: file.held.clocks[0]?.deviceId ?? file.held.fromDeviceId },
        ...NOTHING_STORED,
      };
    case 'needsPerson':
      // No error: storing failed (something was saved meanwhile, a full disk), worth another try soon.
      return {
        outcome: file.error ? outcomeOfError(file.error) : { kind: 'notStored', detail: file.message },
        ...NOTHING_STORED,
      };
    case 'alreadyHere':
      return facts
        ? { outcome: { kind: 'alreadyReceived', facts }, ...NOTHING_STORED }
        : { outcome: { kind: 'notStored', detail: 'The file did not open.' }, ...NOTHING_STORED };
    case 'applied': {
      if (!opened.ok || !facts) return { outcome: { kind: 'notStored', detail: '' }, ...NOTHING_STORED };
      let changes = 0;
      let decisions = 0;
      for (const counts of Object.values(opened.plan.counts)) {
        changes += counts.added + counts.changed;
        decisions += counts.decisions;
      }
      return { outcome: { kind: 'applied', facts, changes, decisions }, maxStamp: file.maxStamp };
    }
  }
}
