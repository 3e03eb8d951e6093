/**
 * The team folder's status in plain words, for the line in the app's frame and on Share and receive: either what
 * is wrong and what to do, or how many PCs this one is up to date with and where the last change came from.
 */
import { formatDistanceStrict } from 'date-fns';
import type { FolderStatus, FolderTrouble, PeerStatus } from './status';

export type StatusTone = 'ok' | 'waiting' | 'problem';

export interface StatusLine {
  text: string;
  tone: StatusTone;
}

function pcs(count: number): string {
  return count === 1 ? '1 PC' : `${count} PCs`;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

export function ago(at: number, now: number): string {
  if (now - at < 60_000) return 'just now';
  return formatDistanceStrict(at, now, { addSuffix: true });
}

export function troubleWords(trouble: FolderTrouble): string {
  switch (trouble.kind) {
    case 'gone':
      return 'The team folder cannot be reached. Your work is kept on this PC and goes to the folder when it is back.';
    case 'denied':
      return 'Joined Up needs your permission to use the team folder again.';
    case 'cannotWrite':
      return 'Your changes cannot be saved to the team folder: it may be full, or this PC may not be allowed to save there.';
    case 'wrongKey':
      return `Files from ${list(trouble.pcNames)} are locked with a passphrase this PC does not know. If the team changed its passphrase, type the new one.`;
    case 'newerVersion':
      return `${list(trouble.pcNames)} ${trouble.pcNames.length === 1 ? 'uses' : 'use'} a newer version of Joined Up. Update Joined Up on this PC to take in ${trouble.pcNames.length === 1 ? 'its' : 'their'} changes.`;
    case 'unreadable':
      return trouble.names.length === 1
        ? `A file in the team folder has not opened for over an hour: “${trouble.names[0] ?? ''}”. Ask whoever uses that PC to check it.`
        : `${trouble.names.length} files in the team folder have not opened for over an hour. Ask whoever uses those PCs to check them.`;
    case 'otherTeam':
      return 'The team folder also holds another team’s files. They are left alone.';
  }
}

/** One line: the first thing wrong, or where this PC stands. */
export function statusLine(status: FolderStatus, now: number): StatusLine {
  const [trouble] = status.troubles;
  if (trouble && trouble.kind !== 'otherTeam') return { text: troubleWords(trouble), tone: 'problem' };
  if (status.checkedAt === null) return { text: 'Looking at the team folder…', tone: 'waiting' };
  const parts: string[] = [];
  const { peers } = status;
  const inStep = peers.filter((peer) => peer.inStep).length;
  if (peers.length === 0) parts.push('No other PC uses the team folder yet');
  else if (inStep === peers.length) parts.push(`Up to date with ${pcs(peers.length)}`);
  else if (inStep > 0) parts.push(`Up to date with ${inStep} of ${pcs(peers.length)}`);
  else if (peers.length <= 3) parts.push(`Catching up with ${list(peers.map((peer) => peer.pcName))}`);
  else parts.push(`Catching up with ${pcs(peers.length)}`);
  if (status.lastChange)
    parts.push(`last change from ${status.lastChange.pcName} ${ago(status.lastChange.at, now)}`);
  if (status.waitingToGoSince !== null) parts.push('your latest changes go to the folder in a few seconds');
  const tone: StatusTone = inStep === peers.length && status.waitingToGoSince === null ? 'ok' : 'waiting';
  return { text: parts.join(' · '), tone };
}

function withPerson(peer: PeerStatus): string {
  return peer.personName ? `${peer.pcName} (${peer.personName})` : peer.pcName;
}

/** The PCs not heard from in two weeks, with their person: the ones most often left behind. */
export function quietLine(status: FolderStatus): string | null {
  const quiet = status.peers.filter((peer) => peer.quiet);
  if (quiet.length === 0) return null;
  return `Not heard from in 14 days: ${list(quiet.map(withPerson))}.`;
}
