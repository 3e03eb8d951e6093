/**
 * For the sign-in tests: East Team set up on this PC (in the fake IndexedDB) as the first-run form sets a team up,
 * led by Sam Okafor with a personal password of his own; and, when asked, a second member with a password.
 */
import { makeVerifier, type PasswordCost } from '../../shared/access/password';
import { openTeamDb, type TeamDb } from '../../renderer/db/teamDb';
import { createTeam } from '../../renderer/db/teams';
import { createRecord, makeWriteContext, type WriteContext } from '../../renderer/db/writer';
import { TEST_KEY_WORK_FACTOR } from './pcTeam';

/** A light cost keeps these tests quick; the check is the same. */
export const LIGHT_PASSWORD_COST = { logN: 10, r: 8, p: 1 } satisfies PasswordCost;

export async function createEastTeam(): Promise<{ teamId: string; samId: string }> {
  const { teamId, personId } = await createTeam({
    teamName: 'East Team',
    personName: 'Sam Okafor',
    profession: 'social-worker',
    passphrase: 'kettle orbit meadow',
    keyWorkFactor: TEST_KEY_WORK_FACTOR,
    passwordVerifier: makeVerifier('sam’s own words', LIGHT_PASSWORD_COST),
  });
  return { teamId, samId: personId };
}

export interface EastTeamWithAli {
  teamId: string;
  db: TeamDb;
  samId: string;
  /** Sam, writing on PC 1. */
  leader: WriteContext;
  aliId: string;
}

/** East Team with Ali Khan, a teacher, who chose his personal password ("ali walks dogs") on a PC of his own. */
export async function createEastTeamWithAli(): Promise<EastTeamWithAli> {
  const { teamId, samId } = await createEastTeam();
  const db = openTeamDb(teamId);
  const leader = await makeWriteContext(db, 'pc-1', { id: samId, name: 'Sam Okafor' });
  const aliId = await createRecord(leader, 'members', { name: 'Ali Khan', profession: 'teacher' });
  const ali = await makeWriteContext(db, 'pc-2', { id: aliId, name: 'Ali Khan' });
  await createRecord(
    ali,
    'passwords',
    { memberId: aliId, verifier: makeVerifier('ali walks dogs', LIGHT_PASSWORD_COST) },
    { id: aliId },
  );
  return { teamId, db, samId, leader, aliId };
}
