import { describe, expect, it } from 'vitest';
import { addPcTeam, TEST_KEY_WORK_FACTOR } from '../../../tests/factories/pcTeam';
import { makeCase } from '../../../tests/factories/records';
import { getPcTeam } from '../pcDb';
import { closeTeamDb, openTeamDb } from '../teamDb';
import { dropTeamKeys, heldKey } from './heldKeys';
import { EMPTY_PASSPHRASE, rewrapTeamKey } from './rewrapTeamKey';
import { unlockWithPassphrase } from './teamUnlock';

const OLD = 'kettle orbit meadow violin';
const NEW = 'lantern harbour seven plums';
const options = { workFactor: TEST_KEY_WORK_FACTOR };

/** As when Joined Up is closed and started again: nothing is held in memory. */
function restart(teamId: string): void {
  closeTeamDb(teamId);
  dropTeamKeys();
}

describe('a new team passphrase on this PC', () => {
  it('opens the team and its records from then on, and the old one no longer does', async () => {
    const team = await addPcTeam({ passphrase: OLD });
    expect(await unlockWithPassphrase(team.id, OLD, options)).toEqual({ ok: true });
    const child = makeCase({ displayName: 'Lily Hartwell' });
    const db = openTeamDb(team.id);
    await db.transaction('rw', [db.rows('cases'), db.meta], () => db.rows('cases').put(child));

    await rewrapTeamKey(team.id, NEW, TEST_KEY_WORK_FACTOR);
    expect(heldKey(team.id)?.passphrase).toBe(NEW);

    restart(team.id);
    expect(await unlockWithPassphrase(team.id, OLD, options)).toEqual({
      ok: false,
      reason: 'wrongPassphrase',
    });
    expect(await unlockWithPassphrase(team.id, NEW, options)).toEqual({ ok: true });
    expect(await openTeamDb(team.id).rows('cases').get(child.id)).toEqual(child);
    restart(team.id);
  });

  it('changes nothing for an empty passphrase or a team that is not open here', async () => {
    const team = await addPcTeam({ passphrase: OLD });
    const before = await getPcTeam(team.id);
    await expect(rewrapTeamKey(team.id, NEW, TEST_KEY_WORK_FACTOR)).rejects.toThrow(/locked on this PC/);
    expect(await unlockWithPassphrase(team.id, OLD, options)).toEqual({ ok: true });
    await expect(rewrapTeamKey(team.id, '', TEST_KEY_WORK_FACTOR)).rejects.toThrow(EMPTY_PASSPHRASE);
    expect(await getPcTeam(team.id)).toEqual(before);
    restart(team.id);
  });
});
