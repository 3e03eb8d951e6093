/**
 * Tidying a team folder. A PC removes only its own files, and of those only:
 * - files older than its newest full file (which holds everything they did, for a PC that arrives later), and
 * - only once the latest file of every other PC in the folder shows that PC has seen everything the file held
 *   (in the areas both share).
 * Its newest full file and the change files after it stay. A temporary file it left behind in a crash goes after an
 * hour, and a sync tool's copy of one of its files goes when the file itself is there. Any file of this PC it knows
 * nothing about (written before this PC's data was reset) stays.
 */
import { coversVectors, restrictVectors } from '../sync/versionVector';
import { folderFileName, isOwnTemporary, parseFolderName } from './fileNames';
import type { FolderEntry } from './folderPort';
import { lastFull, type FolderState, type OwnFile, type PeerNote } from './state';

export const STALE_TEMPORARY_MS = 60 * 60_000;
/** How often a PC looks for files to tidy when it has not written any. */
export const TIDY_EVERY_MS = 10 * 60_000;

export interface TidyContext {
  deviceId: string;
  teamTag: string;
  now: number;
}

/** The other PCs with files in the folder now: a PC whose files have all gone no longer holds anything back. */
function devicesInFolder(entries: readonly FolderEntry[], context: TidyContext): Set<string> {
  const devices = new Set<string>();
  for (const entry of entries) {
    const parsed = parseFolderName(entry.name);
    if (parsed.type !== 'team-file' || parsed.id.teamTag !== context.teamTag) continue;
    if (parsed.id.deviceId !== context.deviceId) devices.add(parsed.id.deviceId);
  }
  return devices;
}

function seenBy(file: OwnFile, peer: PeerNote | undefined): boolean {
  if (!peer) return false;
  const shared = file.scope.filter((area) => peer.scope.includes(area));
  return coversVectors(peer.vectors, restrictVectors(file.vectors, shared));
}

/** The names of this PC's files (and their copies) that may be removed now. */
export function filesToTidy(
  entries: readonly FolderEntry[],
  state: FolderState,
  context: TidyContext,
): string[] {
  const full = lastFull(state);
  const others = [...devicesInFolder(entries, context)];
  const own = new Map(state.own.map((file) => [file.seq, file]));
  const names = new Set(entries.map((entry) => entry.name));
  const remove: string[] = [];
  for (const entry of entries) {
    if (isOwnTemporary(entry.name, context.deviceId)) {
      if (context.now - entry.modifiedAt >= STALE_TEMPORARY_MS) remove.push(entry.name);
      continue;
    }
    const parsed = parseFolderName(entry.name);
    if (parsed.type !== 'team-file') continue;
    const { id } = parsed;
    if (id.deviceId !== context.deviceId || id.teamTag !== context.teamTag) continue;
    // A sync tool's copy of one of this PC's files, beside the file itself, only gets in the way.
    if (parsed.copy !== null && names.has(folderFileName(id))) {
      remove.push(entry.name);
      continue;
    }
    if (!full || id.seq >= full.seq) continue;
    const file = own.get(id.seq);
    if (!file) continue;
    if (others.every((device) => seenBy(file, state.peers[device]))) remove.push(entry.name);
  }
  return remove;
}
