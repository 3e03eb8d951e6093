/**
 * Commands of the "Team folder" part of Share and receive that touch storage: choosing the folder and remembering
 * the passphrase for it (through the app API), the areas this PC shares and the journal of changes (the team
 * database's meta), and stopping.
 */
import type { AppApi } from '../../../shared/api/appApi';
import type { KeyKeeping } from '../../../shared/api/folderApi';
import type { Area } from '../../../shared/domain/tableDef';
import { setFolderScope, startFolderJournal, stopFolderJournal } from '../../db/folderFiles';
import { passphraseOpensTeam as checkPassphrase } from '../../db/keys/teamUnlock';
import type { TeamDb } from '../../db/teamDb';

export const WRONG_PASSPHRASE =
  'That is not this team’s passphrase. Check it (capital letters count) and try again.';
export const NO_PASSPHRASE = 'Enter the team passphrase.';

export type StartOutcome =
  | { kind: 'started'; folderName: string; keeping: KeyKeeping }
  | { kind: 'cancelled' }
  | { kind: 'refused'; field: 'passphrase'; message: string }
  | { kind: 'failed'; message: string };

async function passphraseProblem(teamId: string, passphrase: string): Promise<string | null> {
  if (passphrase === '') return NO_PASSPHRASE;
  return (await checkPassphrase(teamId, passphrase)) ? null : WRONG_PASSPHRASE;
}

/** Checks the passphrase, asks for the folder, then remembers both and starts noting changes for it. */
export async function startUsingFolder(
  api: AppApi,
  db: TeamDb,
  input: { passphrase: string; scope: readonly Area[] },
): Promise<StartOutcome> {
  const problem = await passphraseProblem(db.teamId, input.passphrase);
  if (problem) return { kind: 'refused', field: 'passphrase', message: problem };
  let choice;
  try {
    choice = await api.folder.choose(db.teamId);
  } catch (error) {
    return {
      kind: 'failed',
      message: error instanceof Error ? error.message : 'The folder could not be chosen.',
    };
  }
  if (!choice) return { kind: 'cancelled' };
  const keeping = await api.keys.remember(db.teamId, [input.passphrase]);
  await setFolderScope(db, input.scope);
  await startFolderJournal(db);
  return { kind: 'started', folderName: choice.name, keeping };
}

/** Remembers the team passphrase again (after a restart in a browser, or where the system keeps it for a run). */
export async function rememberFolderPassphrase(
  api: AppApi,
  teamId: string,
  passphrase: string,
): Promise<{ ok: true; keeping: KeyKeeping } | { ok: false; message: string }> {
  const problem = await passphraseProblem(teamId, passphrase);
  if (problem) return { ok: false, message: problem };
  const earlier = (await api.keys.recall(teamId)) ?? [];
  // The newest first; older ones stay a while to open files locked before the team changed its passphrase.
  const passphrases = [passphrase, ...earlier.filter((each) => each !== passphrase)].slice(0, 3);
  return { ok: true, keeping: await api.keys.remember(teamId, passphrases) };
}

/** This PC stops using the folder for the team; its files stay there for the other PCs. */
export async function stopUsingFolder(api: AppApi, db: TeamDb): Promise<void> {
  await api.folder.forget(db.teamId);
  await api.keys.forget(db.teamId);
  await stopFolderJournal(db);
}
