/**
 * Where this PC stands with the team folder, as plain data for the status line: which other PCs are in step, when
 * each was last heard from, the last change that came in, and anything a person should know about.
 */
import { restrictVectors, coversVectors } from '../sync/versionVector';
import { parseFolderName } from './fileNames';
import type { FolderEntry } from './folderPort';
import { worthTelling } from './reading';
import { lastWritten, type FolderState } from './state';

/** A PC not heard from for this long is named, since it is the one most often left behind. */
export const QUIET_AFTER_MS = 14 * 24 * 60 * 60_000;

export type FolderTrouble =
  /** The folder cannot be reached (a network drive disconnected, a USB stick taken out). */
  | { kind: 'gone' }
  /** This PC may not use the folder (the browser needs asking again, or the folder's permissions changed). */
  | { kind: 'denied' }
  /** This PC's files cannot be written (a full disk, a read-only folder). */
  | { kind: 'cannotWrite' }
  /** Files locked with a passphrase this PC does not know: the team may have changed it. */
  | { kind: 'wrongKey'; pcNames: string[] }
  | { kind: 'newerVersion'; pcNames: string[] }
  /** Files still unreadable after a long while. */
  | { kind: 'unreadable'; names: string[] }
  /** Files of another team in the same folder: left alone (said once). */
  | { kind: 'otherTeam'; count: number };

export interface PeerStatus {
  deviceId: string;
  pcName: string;
  /** Who used it when it last wrote, where known. */
  personName: string | null;
  lastHeardAt: number | null;
  /** This PC has everything that PC put in the folder, and that PC has shown it has this PC's latest changes. */
  inStep: boolean;
  quiet: boolean;
}

export interface FolderStatus {
  /** When the folder was last read in full; null before the first time. */
  checkedAt: number | null;
  troubles: FolderTrouble[];
  peers: PeerStatus[];
  lastChange: { pcName: string; at: number } | null;
  /** Since when changes made here have been waiting to go to the folder; null when none are. */
  waitingToGoSince: number | null;
  busy: 'reading' | 'writing' | null;
}

interface DeviceInFolder {
  pcName: string;
  seq: number;
  modifiedAt: number;
}

function devicesInFolder(entries: readonly FolderEntry[], teamTag: string, deviceId: string) {
  const devices = new Map<string, DeviceInFolder>();
  for (const entry of entries) {
    const parsed = parseFolderName(entry.name);
    if (parsed.type !== 'team-file' || parsed.copy !== null) continue;
    const { id } = parsed;
    if (id.teamTag !== teamTag || id.deviceId === deviceId) continue;
    const known = devices.get(id.deviceId);
    if (!known || id.seq > known.seq) {
      devices.set(id.deviceId, { pcName: id.pcName, seq: id.seq, modifiedAt: entry.modifiedAt });
    }
  }
  return devices;
}

export interface StatusInput {
  entries: readonly FolderEntry[];
  state: FolderState;
  deviceId: string;
  teamTag: string;
  now: number;
  checkedAt: number | null;
  troubles: readonly FolderTrouble[];
  waitingToGoSince: number | null;
  busy: FolderStatus['busy'];
}

export function folderStatus(input: StatusInput): FolderStatus {
  const { state, now } = input;
  const written = lastWritten(state);
  const peers: PeerStatus[] = [];
  for (const [deviceId, inFolder] of devicesInFolder(input.entries, input.teamTag, input.deviceId)) {
    const note = state.peers[deviceId];
    const haveTheirs = (state.frontier[deviceId] ?? 0) >= inFolder.seq;
    const shared = written?.scope.filter((area) => note?.scope.includes(area)) ?? [];
    const mine = written ? restrictVectors(written.vectors, shared) : {};
    const ownOnly = Object.fromEntries(
      Object.entries(mine).map(([area, vector]) => [
        area,
        Object.fromEntries(Object.entries(vector).filter(([device]) => device === input.deviceId)),
      ]),
    );
    const haveMine = !written || (note !== undefined && coversVectors(note.vectors, ownOnly));
    const lastHeardAt = note?.createdAt ?? inFolder.modifiedAt;
    peers.push({
      deviceId,
      pcName: note?.pcName ?? inFolder.pcName,
      personName: note?.personName ?? null,
      lastHeardAt,
      inStep: haveTheirs && haveMine,
      quiet: now - lastHeardAt >= QUIET_AFTER_MS,
    });
  }
  peers.sort((a, b) => a.pcName.localeCompare(b.pcName));

  const troubles: FolderTrouble[] = [...input.troubles];
  const told = Object.entries(state.files).filter(([, note]) => worthTelling(note, now));
  const pcNameOf = (device: string | null) =>
    (device && (state.peers[device]?.pcName ?? peers.find((peer) => peer.deviceId === device)?.pcName)) ||
    'another PC';
  for (const problem of ['wrongKey', 'newerVersion'] as const) {
    const pcNames = [
      ...new Set(
        told.filter(([, note]) => note.problem === problem).map(([, note]) => pcNameOf(note.deviceId)),
      ),
    ];
    if (pcNames.length > 0) troubles.push({ kind: problem, pcNames });
  }
  const unreadable = told
    .filter(([, note]) => note.problem !== 'wrongKey' && note.problem !== 'newerVersion')
    .map(([name]) => name);
  if (unreadable.length > 0) troubles.push({ kind: 'unreadable', names: unreadable.sort() });

  const last = state.lastChange;
  return {
    checkedAt: input.checkedAt,
    troubles,
    peers,
    lastChange: last ? { pcName: pcNameOf(last.deviceId), at: last.at } : null,
    waitingToGoSince: input.waitingToGoSince,
    busy: input.busy,
  };
}
