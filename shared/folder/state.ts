/**
 * What a PC remembers about its team folder between runs (kept by the renderer in the team database's meta): the
 * files it wrote, how far it has read each other PC's files, files it must try again, and what each other PC's
 * latest file said. Plain data, so it can be stored as it is and compared in tests.
 */
import type { Area } from '../domain/tableDef';
import type { VersionVectors } from '../sync/versionVector';
import type { FolderFileKind } from './fileNames';

/** What a file's manifest told, once it was opened. */
export interface FileFacts {
  bundleId: string;
  teamId: string;
  deviceId: string;
  deviceName: string | null;
  personName: string;
  /** When the sending PC made it, in ms. */
  createdAt: number;
  scope: Area[];
  vectors: VersionVectors;
  /** A change file's starting point; null for a full file. */
  since: VersionVectors | null;
}

/**
 * What happened when a PC tried to bring a file in. Anything but 'applied' and 'alreadyReceived' leaves the file to
 * be tried again later or shown to a person (reading.ts `treatmentOf`).
 */
export type BringInOutcome =
  | { kind: 'applied'; facts: FileFacts; changes: number; decisions: number }
  | { kind: 'alreadyReceived'; facts: FileFacts }
  /** A change file whose earlier changes (`since`) this PC has not had yet. */
  | { kind: 'needsEarlierFiles'; deviceId: string; since: VersionVectors }
  | { kind: 'otherTeam'; teamName: string }
  /** Locked with a passphrase or folder key this PC does not know (the team may have changed its passphrase). */
  | { kind: 'wrongKey' }
  | { kind: 'newerVersion'; appVersion: string | null }
  /** Damaged, cut short, not a Joined Up file, or records that did not pass checks: perhaps still being copied. */
  | { kind: 'unreadable'; detail: string }
  /** It opened, but storing it failed (something was saved meanwhile, a full disk): try again soon. */
  | { kind: 'notStored'; detail: string }
  /**
   * A PC's clock in it is far ahead: the import kept it aside and brings it in by itself once that time is
   * reached, or when a team leader says so (the app's own warning tells a person). Tried again later here too.
   */
  | { kind: 'heldBack'; deviceId: string };

/** A file this PC wrote, remembered so it can be tidied away once every other PC has seen it. */
export interface OwnFile {
  name: string;
  seq: number;
  kind: FolderFileKind;
  bundleId: string;
  at: number;
  bytes: number;
  scope: Area[];
  /** What this PC had seen when it wrote the file: a change file's contents go no further. */
  vectors: VersionVectors;
}

/** The latest file this PC has read from another PC: who uses it, when it wrote, what it had seen. */
export interface PeerNote {
  pcName: string;
  personName: string;
  seq: number;
  createdAt: number;
  scope: Area[];
  vectors: VersionVectors;
}

export type ReadProblem =
  'unreadable' | 'wrongKey' | 'newerVersion' | 'otherTeam' | 'busy' | 'notStored' | 'heldBack';

/** A file that did not come in at the first try, or one named outside our scheme that was read already. */
export interface FileNote {
  size: number;
  modifiedAt: number;
  failures: number;
  firstFailedAt: number | null;
  nextTryAt: number;
  problem: ReadProblem | null;
  /** The PC that wrote it, when its contents said so. */
  deviceId: string | null;
  /** A change file waiting for earlier changes: what this PC must have seen before it can come in. */
  waitingFor: VersionVectors | null;
  /** Read and done with: only for files whose name carries no running number. */
  done: boolean;
}

export interface FolderState {
  /** The highest running number this PC has used in the folder. */
  seq: number;
  /** This PC's files still in the folder (by name), newest last. */
  own: OwnFile[];
  /** Change files written since the last full file: how many and how big. */
  sinceFull: { count: number; bytes: number };
  /** For each PC, the highest running number of its files that this PC has taken in (or covered). */
  frontier: Record<string, number>;
  files: Record<string, FileNote>;
  peers: Record<string, PeerNote>;
  /** The newest file that brought a change here. */
  lastChange: { deviceId: string; at: number } | null;
  lastTidyAt: number;
  /** When this PC last wrote a full file (which also helps a PC that stayed behind). */
  helpedAt: number;
  /** The person has seen the notice that another team's files share the folder. */
  otherTeamDismissed: boolean;
}

export function emptyFolderState(): FolderState {
  return {
    seq: 0,
    own: [],
    sinceFull: { count: 0, bytes: 0 },
    frontier: {},
    files: {},
    peers: {},
    lastChange: null,
    lastTidyAt: 0,
    helpedAt: 0,
    otherTeamDismissed: false,
  };
}

/** The last file this PC wrote: a change file holds what changed after it. */
export function lastWritten(state: FolderState): OwnFile | null {
  return state.own.at(-1) ?? null;
}

/** This PC's newest full file in the folder. */
export function lastFull(state: FolderState): OwnFile | null {
  return state.own.findLast((file) => file.kind === 'full') ?? null;
}
