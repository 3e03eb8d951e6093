/**
 * Commands of the Share and receive screen that touch storage: checking the team passphrase before a file is
 * locked with it, noting a saved file, and adding a team to this PC from its file.
 */
import { isoDay } from '../../../shared/dates';
import { holdTeamKey } from '../../db/keys/heldKeys';
import { wrapWithPassphrase } from '../../db/keys/newTeamKey';
import { passphraseOpensTeam } from '../../db/keys/teamUnlock';
import { addTeam, getPcTeam } from '../../db/pcDb';
import { noteExport } from '../../db/exportBundle';
import type { TeamDb } from '../../db/teamDb';
import type { ExportOutput } from './pipeline';

/** Is this the team's passphrase on this PC? (A file must never be locked with a mistyped one.) */
export const checkPassphrase = passphraseOpensTeam;

function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
}

/** A plain file name: the team's name, the PC it comes from and the date, nothing about any person. */
export function bundleFileName(teamName: string, pcName: string | null, when: Date = new Date()): string {
  const team = slugOf(teamName) || 'team';
  const pc = pcName ? slugOf(pcName) : '';
  return `${team}${pc ? `-from-${pc}` : ''}-${isoDay(when)}.joinedup`;
}

export async function noteFileSaved(db: TeamDb, output: ExportOutput): Promise<void> {
  await noteExport(db, {
    bundleId: output.bundleId,
    at: new Date().toISOString(),
    ownStamp: output.ownStamp,
  });
}

export async function isTeamOnThisPc(teamId: string): Promise<boolean> {
  return (await getPcTeam(teamId)) !== undefined;
}

/**
 * Lists the team on this PC once its file has been stored in a database locked with `key`; nobody is chosen yet,
 * so the person picks themselves. The key is wrapped with the passphrase the file was opened with, and stays held.
 */
export async function addJoinedTeam(
  teamId: string,
  teamName: string,
  passphrase: string,
  key: Uint8Array,
): Promise<void> {
  const { wrappedKey } = await wrapWithPassphrase(teamId, passphrase, undefined, key);
  await addTeam({ id: teamId, name: teamName, wrappedKey, currentPersonId: null });
  holdTeamKey(teamId, key, passphrase);
}
