import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/sync/record';
import { addLegacyPcTeam, addPcTeam, TEST_KEY_WORK_FACTOR } from '../../../tests/factories/pcTeam';
import { allStoredText, makePlainTeamDb, readRaw } from '../../../tests/factories/rawIndexedDb';
import { makeCase, makeTeamRecord } from '../../../tests/factories/records';
import { getPcTeam } from '../pcDb';
import { openTeamDb, teamDbName } from '../teamDb';
import { dropTeamKeys, isTeamUnlocked } from './heldKeys';
import { passphraseOpensTeam, unlockWithPassphrase, type UnlockStage } from './teamUnlock';

const PASSPHRASE = 'kettle orbit meadow violin';
const CHILD = 'Lily Hartwell';
const options = { workFactor: TEST_KEY_WORK_FACTOR };

/** A team an older version set up and left: a passphrase check on the PC, its records stored plain. */
async function olderTeam() {
  const teamId = newId();
  const child = makeCase({ displayName: CHILD });
  await makePlainTeamDb(teamId, { team: [makeTeamRecord({ id: teamId })], cases: [child] });
  await addLegacyPcTeam({ id: teamId, passphrase: PASSPHRASE });
  return { teamId, child };
}

/** As when Joined Up is closed and started again: nothing is held in memory. */
function restart(): void {
  dropTeamKeys();
}

describe('opening a team when Joined Up starts', () => {
  it('opens with the team passphrase, and with nothing else', async () => {
    const team = await addPcTeam({ passphrase: PASSPHRASE });
    const before = await getPcTeam(team.id);
    expect(await unlockWithPassphrase(team.id, 'kettle orbit meadow')).toEqual({
      ok: false,
      reason: 'wrongPassphrase',
    });
    expect(isTeamUnlocked(team.id)).toBe(false);
    expect(await getPcTeam(team.id)).toEqual(before);

    expect(await unlockWithPassphrase(team.id, PASSPHRASE)).toEqual({ ok: true });
    expect(isTeamUnlocked(team.id)).toBe(true);
    expect(await passphraseOpensTeam(team.id, PASSPHRASE)).toBe(true);
    expect(await passphraseOpensTeam(team.id, 'kettle orbit')).toBe(false);
    restart();
    expect(isTeamUnlocked(team.id)).toBe(false);
  });

  it('locks the records of a team an older version left plain, with the passphrase it had', async () => {
    const { teamId, child } = await olderTeam();
    expect(await unlockWithPassphrase(teamId, 'not the passphrase', options)).toEqual({
      ok: false,
      reason: 'wrongPassphrase',
    });
    expect(allStoredText(await readRaw(teamDbName(teamId)))).toContain(CHILD);

    expect(await unlockWithPassphrase(teamId, PASSPHRASE, options)).toEqual({ ok: true });
    expect(await openTeamDb(teamId).rows('cases').get(child.id)).toEqual(child);
    openTeamDb(teamId).close();
    expect(allStoredText(await readRaw(teamDbName(teamId)))).not.toContain(CHILD);
    const row = await getPcTeam(teamId);
    expect(row?.wrappedKey).toBeDefined();
    expect(row?.passphraseCheck).toBeUndefined();
  });

  it('carries on at the next start when the first start is cut short after any step', async () => {
    for (const stage of ['key-stored', 'records-sealed'] satisfies UnlockStage[]) {
      const { teamId, child } = await olderTeam();
      const cut = unlockWithPassphrase(teamId, PASSPHRASE, {
        ...options,
        afterStage: (reached) => {
          if (reached === stage) throw new Error('The PC lost power.');
        },
      });
      await expect(
        cut.then((outcome) => outcome.ok).catch(() => false),
        stage,
      ).resolves.toBe(false);
      restart();

      expect(await unlockWithPassphrase(teamId, PASSPHRASE, options), stage).toEqual({ ok: true });
      expect(await openTeamDb(teamId).rows('cases').get(child.id), stage).toEqual(child);
      openTeamDb(teamId).close();
      expect(allStoredText(await readRaw(teamDbName(teamId))), stage).not.toContain(CHILD);
      expect((await getPcTeam(teamId))?.passphraseCheck, stage).toBeUndefined();
      restart();
    }
  });
});
