/**
 * The rules of a change of team passphrase, kept pure so the pipeline, the settings and the tests share them. The
 * team record carries the change (a generation number, when and by whom: shared/domain/team.ts) and it travels like
 * any record. A PC keeps the passphrases the team used before, sealed under its data key, only to open files made
 * before the change: a file that opens only with one of them and was made after the change is refused, since
 * whoever made it knew the old passphrase and not the new one (docs/decisions/0023-changing-the-team-passphrase.md).
 */
import { showDate } from '../dates';
import { hlcWallTime, type Hlc } from '../sync/hlc';
import { contextBytes, openJson, sealJson } from './sealed';
import { fromBase64, toBase64 } from './bytes';
import { z } from 'zod';

/** Older passphrases a PC keeps beside the current one, as the team folder does (decision 0018). */
export const OLDER_PASSPHRASES_KEPT = 2;

const OLDER_LABEL = 'joined-up.older-passphrases.v1';

/** What the team record says of the last change of passphrase. */
export interface PassphraseChange {
  generation: number;
  changedAt: string | null;
}

/** What a file says of when it was made: its manifest's time and the stamps it carries. */
export interface FileTimes {
  createdAt: string;
  stamps: Iterable<Hlc>;
}

/**
 * Was the file made after the passphrase changed? Either its own time or any change it carries is later: a file
 * made before the change can hold neither.
 */
export function madeAfterChange(file: FileTimes, change: PassphraseChange): boolean {
  if (change.changedAt === null) return false;
  const changedAt = Date.parse(change.changedAt);
  if (Number.isNaN(changedAt)) return false;
  if (Date.parse(file.createdAt) > changedAt) return true;
  for (const stamp of file.stamps) if (hlcWallTime(stamp) > changedAt) return true;
  return false;
}

/** The passphrases a PC keeps after a change: the one it stops using first, then those before it. */
export function olderAfterChange(retiring: string, older: readonly string[], next: string): string[] {
  const same = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');
  return [retiring, ...older]
    .filter((each, index, all) => !same(each, next) && all.findIndex((other) => same(other, each)) === index)
    .slice(0, OLDER_PASSPHRASES_KEPT);
}

/** Is the passphrase one the team used before (and not its current one)? */
export function isOlderPassphrase(passphrase: string, older: readonly string[]): boolean {
  const typed = passphrase.normalize('NFC');
  return older.some((each) => each.normalize('NFC') === typed);
}

const olderSchema = z.array(z.string()).max(OLDER_PASSPHRASES_KEPT);

/** The older passphrases sealed under the team's data key, bound to the team, for the PC database. */
export function sealOlderPassphrases(dataKey: Uint8Array, teamId: string, older: readonly string[]): string {
  return toBase64(sealJson(dataKey, older, contextBytes(OLDER_LABEL, teamId)));
}

/** The older passphrases, or none when there are none or they do not open with this key. */
export function openOlderPassphrases(
  dataKey: Uint8Array,
  teamId: string,
  sealed: string | undefined,
): string[] {
  const bytes = sealed === undefined ? null : fromBase64(sealed);
  if (!bytes) return [];
  const opened = openJson(dataKey, bytes, contextBytes(OLDER_LABEL, teamId));
  if (!opened.ok) return [];
  const parsed = olderSchema.safeParse(opened.value);
  return parsed.success ? parsed.data : [];
}

/** Refusing a file locked with an old passphrase after the change. */
export function oldPassphraseMessage(changedAt: string): string {
  return `This file was locked with the team’s old passphrase, after it was changed on ${showDate(changedAt)}. Ask whoever sent it for a new file. Nothing on this PC has been changed.`;
}

/** A file that no passphrase this PC knows opens. */
export const UNKNOWN_PASSPHRASE =
  'This file is locked with a passphrase this PC does not know. If your team has changed its passphrase, type the new one. Nothing on this PC has been changed.';

/** Said to the person whose file taught this PC the new passphrase. */
export function adoptedMessage(changedByName: string | null, changedAt: string | null): string {
  const who = changedByName ? ` by ${changedByName}` : '';
  const when = changedAt ? ` on ${showDate(changedAt)}` : '';
  return `The team passphrase was changed${who}${when}. This PC now uses the new one: type it when Joined Up starts, and lock files with it.`;
}
