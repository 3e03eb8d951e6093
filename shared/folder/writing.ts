/**
 * When a PC writes to the team folder, and what. Changes made here go out a few seconds after the last one (so a
 * form saved field by field makes one file), and never more than half a minute after the first; changes that only
 * came in from other PCs go out later, as the acknowledgement that lets those PCs tidy their files. Now and then
 * the file is a full one, so a PC arriving later can join from the folder alone and older files can be tidied.
 */
import type { Area } from '../domain/tableDef';
import { coversVectors, restrictVectors } from '../sync/versionVector';
import type { FolderFileKind } from './fileNames';
import { lastFull, lastWritten, type FolderState } from './state';

export const CHANGE_DEBOUNCE_MS = 5_000;
export const CHANGE_MAX_WAIT_MS = 30_000;
/** Changes that only came in from elsewhere: written later, mostly to say this PC has them now. */
export const RECEIVED_DELAY_MS = 30_000;
/** A PC with nothing to say still writes a small file a day, so the others know it is there. */
export const HEARTBEAT_MS = 24 * 60 * 60_000;
export const FULL_EVERY_FILES = 50;
/** A full file once the change files since the last one add up to this share of its size. */
export const FULL_WHEN_CHANGES_REACH = 0.5;
export const FULL_EVERY_MS = 7 * 24 * 60 * 60_000;
/** How long another PC may go on writing without showing it has this PC's changes before it gets a full file. */
export const BEHIND_GRACE_MS = 30 * 60_000;
export const HELP_AT_MOST_EVERY_MS = 6 * 60 * 60_000;

/** Changes waiting to go to the folder (the renderer's journal of writes since the last file). */
export interface Pending {
  count: number;
  /** Some were made on this PC (not only brought in from others). */
  local: boolean;
  firstAt: number | null;
  lastAt: number | null;
  /** A write too big to list record by record (joining a team, a large import): the next file is a full one. */
  wholeTables: boolean;
}

export interface WriteDue {
  at: number;
  kind: FolderFileKind;
}

export interface WriteContext {
  now: number;
  scope: readonly Area[];
  /** Names in the folder now, to notice when this PC's full file has gone. */
  names: ReadonlySet<string>;
}

function sameScope(a: readonly Area[], b: readonly Area[]): boolean {
  return a.length === b.length && a.every((area) => b.includes(area));
}

/** Whether a PC that goes on writing has stayed behind this PC's files for a while: a full file lets it catch up. */
function someoneBehind(state: FolderState, now: number): boolean {
  const written = lastWritten(state);
  if (!written || now - state.helpedAt < HELP_AT_MOST_EVERY_MS) return false;
  const full = lastFull(state);
  return Object.values(state.peers).some((peer) => {
    const wroteSince = peer.createdAt > written.at + BEHIND_GRACE_MS && peer.createdAt > (full?.at ?? 0);
    const shared = written.scope.filter((area) => peer.scope.includes(area));
    return wroteSince && !coversVectors(peer.vectors, restrictVectors(written.vectors, shared));
  });
}

function fullIsDue(state: FolderState, pending: Pending, context: WriteContext): boolean {
  const full = lastFull(state);
  if (!full || pending.wholeTables) return true;
  if (state.sinceFull.count >= FULL_EVERY_FILES) return true;
  if (state.sinceFull.bytes >= full.bytes * FULL_WHEN_CHANGES_REACH) return true;
  return context.now - full.at >= FULL_EVERY_MS;
}

/** When this PC should write next and which kind of file; null when it has nothing to write. */
export function nextWrite(state: FolderState, pending: Pending, context: WriteContext): WriteDue | null {
  const { now } = context;
  const written = lastWritten(state);
  const full = lastFull(state);
  if (!written || !sameScope(written.scope, context.scope)) return { at: now, kind: 'full' };
  // This PC's full file went (removed by hand): a PC arriving later could no longer join from the folder.
  if (!full || !context.names.has(full.name)) return { at: now, kind: 'full' };
  if (pending.count > 0) {
    const first = pending.firstAt ?? now;
    const last = pending.lastAt ?? now;
    const at = pending.local
      ? Math.min(last + CHANGE_DEBOUNCE_MS, first + CHANGE_MAX_WAIT_MS)
      : first + RECEIVED_DELAY_MS;
    return { at, kind: fullIsDue(state, pending, context) ? 'full' : 'changes' };
  }
  if (someoneBehind(state, now)) return { at: now, kind: 'full' };
  if (now - written.at >= HEARTBEAT_MS) return { at: now, kind: 'changes' };
  return null;
}
