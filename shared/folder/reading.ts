/**
 * Reading a team folder: which files this PC still needs, in what order, and what to do with each outcome. A file
 * is needed unless this PC has taken in a file of the same PC with the same or a higher running number (a PC's data
 * only grows, so a later file holds everything an earlier one did). Duplicates and conflict copies carry the same
 * number and are covered with their original. A file that does not come in is tried again with growing waits, and
 * is only reported once it has stayed unreadable for a long while: sync tools show files before they finish
 * copying them.
 */
import { coversVectors, type VersionVectors } from '../sync/versionVector';
import { parseFolderName, type FolderFileId } from './fileNames';
import type { FolderEntry } from './folderPort';
import type { BringInOutcome, FileNote, FolderState, ReadProblem } from './state';

/** Waits before trying a file again, after the first, second … failure; the last repeats. */
export const RETRY_DELAYS_MS = [5_000, 15_000, 60_000, 5 * 60_000, 15 * 60_000] as const;
/** How long a file may stay unreadable before a person is told: sync tools can take a while over a big file. */
export const REPORT_UNREADABLE_AFTER_MS = 60 * 60_000;

export interface ReadTarget {
  entry: FolderEntry;
  /** What the name says, when it follows our scheme. */
  id: FolderFileId | null;
}

export interface ReadPlan {
  /** Files to try now, in order. */
  reads: ReadTarget[];
  /** Our scheme's files from another team sharing the folder. */
  otherTeam: string[];
}

export interface PlanContext {
  teamTag: string;
  now: number;
  /** What this PC has seen now: a change file waiting for earlier ones is tried again once this covers them. */
  vectors: VersionVectors;
}

function sameFile(note: FileNote, entry: FolderEntry): boolean {
  return note.size === entry.size && note.modifiedAt === entry.modifiedAt;
}

/** Whether a file is worth trying now, given what happened last time. */
function readyToTry(note: FileNote | undefined, entry: FolderEntry, context: PlanContext): boolean {
  if (!note) return true;
  // A file that changed since it failed is being written or was replaced: look again at once.
  if (!sameFile(note, entry)) return true;
  if (note.done) return false;
  if (note.waitingFor) return coversVectors(context.vectors, note.waitingFor);
  return note.nextTryAt <= context.now;
}

/**
 * The files to try now. For each other PC: its newest full file first when it has one this PC lacks (it holds
 * everything before it), then its change files in order; the older ones are covered as soon as the full file is in.
 */
export function planReads(
  entries: readonly FolderEntry[],
  state: FolderState,
  context: PlanContext,
): ReadPlan {
  const byDevice = new Map<string, ReadTarget[]>();
  const loose: ReadTarget[] = [];
  const otherTeam: string[] = [];
  for (const entry of entries) {
    const parsed = parseFolderName(entry.name);
    if (parsed.type === 'ignore') continue;
    if (parsed.type === 'other-bundle') {
      if (readyToTry(state.files[entry.name], entry, context)) loose.push({ entry, id: null });
      continue;
    }
    const { id } = parsed;
    if (id.teamTag !== context.teamTag) {
      otherTeam.push(entry.name);
      continue;
    }
    if (id.seq <= (state.frontier[id.deviceId] ?? 0)) continue;
    if (!readyToTry(state.files[entry.name], entry, context)) continue;
    const list = byDevice.get(id.deviceId) ?? [];
    list.push({ entry, id });
    byDevice.set(id.deviceId, list);
  }
  const reads: ReadTarget[] = [];
  for (const targets of byDevice.values()) {
    targets.sort((a, b) => (a.id?.seq ?? 0) - (b.id?.seq ?? 0));
    const newestFull = targets.findLast((target) => target.id?.kind === 'full');
    const fullSeq = newestFull?.id?.seq ?? 0;
    const after = targets.filter((target) => (target.id?.seq ?? 0) > fullSeq);
    const before = targets.filter((target) => target !== newestFull && (target.id?.seq ?? 0) <= fullSeq);
    reads.push(...(newestFull ? [newestFull] : []), ...after, ...before);
  }
  return { reads: [...reads, ...loose], otherTeam };
}

/** The trouble an outcome stands for; null for the outcomes that are not trouble. */
export function problemOf(outcome: BringInOutcome): ReadProblem | null {
  switch (outcome.kind) {
    case 'applied':
    case 'alreadyReceived':
    case 'needsEarlierFiles':
      return null;
    default:
      return outcome.kind;
  }
}

/** The wait before the next try after `failures` failures, spread a little so PCs do not all try at once. */
export function retryDelay(failures: number, random: () => number): number {
  const index = Math.min(Math.max(failures, 1), RETRY_DELAYS_MS.length) - 1;
  const base: number = RETRY_DELAYS_MS[index] ?? 15 * 60_000;
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Notes a failed try: the count, since when, the next try. A file that changed meanwhile starts afresh. */
export function noteFailure(
  before: FileNote | undefined,
  entry: FolderEntry,
  problem: ReadProblem,
  now: number,
  random: () => number,
): FileNote {
  const earlier = before && sameFile(before, entry) && !before.waitingFor ? before : undefined;
  const failures = (earlier?.failures ?? 0) + 1;
  return {
    size: entry.size,
    modifiedAt: entry.modifiedAt,
    failures,
    firstFailedAt: earlier?.firstFailedAt ?? now,
    nextTryAt: now + retryDelay(failures, random),
    problem,
    deviceId: before?.deviceId ?? null,
    waitingFor: null,
    done: false,
  };
}

export function noteWaiting(entry: FolderEntry, waitingFor: VersionVectors, deviceId: string, now: number) {
  return {
    size: entry.size,
    modifiedAt: entry.modifiedAt,
    failures: 0,
    firstFailedAt: now,
    nextTryAt: now,
    problem: null,
    deviceId,
    waitingFor,
    done: false,
  } satisfies FileNote;
}

/** Whether a file's trouble should be told to a person now. */
export function worthTelling(note: FileNote, now: number): boolean {
  // A file held back for a clock ahead is the import's to tell (its own warning names the PC), not the folder's.
  if (note.done || note.problem === null || note.problem === 'otherTeam' || note.problem === 'heldBack')
    return false;
  if (note.problem === 'wrongKey' || note.problem === 'newerVersion') return true;
  return note.firstFailedAt !== null && now - note.firstFailedAt >= REPORT_UNREADABLE_AFTER_MS;
}
