import { afterEach, describe, expect, it } from 'vitest';
import { addPcTeam, TEST_KEY_WORK_FACTOR } from '../../../tests/factories/pcTeam';
import { useDesktopKeychain } from '../../../tests/factories/desktopKeychain';
import { setAppApi } from '../../bridge/appApi';
import { getPcTeam, type PcTeamRow } from '../pcDb';
import { dropTeamKeys, isTeamUnlocked } from './heldKeys';
import { canKeepKeyOnThisPc, keepKeyOnThisPc, keepsKeyOnThisPc, stopKeepingKeyOnThisPc } from './osKey';
import { unlockWithPassphrase, unlockWithoutTyping } from './teamUnlock';

const PASSPHRASE = 'kettle orbit meadow violin';

async function openTeam(): Promise<PcTeamRow> {
  const team = await addPcTeam({ passphrase: PASSPHRASE });
  await unlockWithPassphrase(team.id, PASSPHRASE, { workFactor: TEST_KEY_WORK_FACTOR });
  return team;
}

/** Joined Up closed and started again: no key held, the team's row read afresh. */
async function restart(teamId: string): Promise<PcTeamRow> {
  dropTeamKeys();
  const team = await getPcTeam(teamId);
  if (!team) throw new Error('The team is not on this PC.');
  return team;
}

afterEach(() => setAppApi(null));

describe('letting this PC open a team without the passphrase', () => {
  it('opens the team at the next start with the key the operating system kept, and keeps no plain key', async () => {
    useDesktopKeychain();
    const team = await openTeam();
    await keepKeyOnThisPc(team.id);
    const kept = await restart(team.id);
    expect(kept.osProtectedKey).toBeDefined();
    expect(JSON.stringify(kept)).not.toContain(PASSPHRASE);
    expect(await unlockWithoutTyping(kept)).toBe(true);
    expect(isTeamUnlocked(team.id)).toBe(true);
  });

  it('asks for the passphrase again when someone else is logged in to the PC, and changes nothing', async () => {
    const keychain = useDesktopKeychain();
    const team = await openTeam();
    await keepKeyOnThisPc(team.id);
    const kept = await restart(team.id);
    keychain.login = 'alex';
    expect(await unlockWithoutTyping(kept)).toBe(false);
    expect(isTeamUnlocked(team.id)).toBe(false);
    expect(await getPcTeam(team.id)).toEqual(kept);
  });

  it('asks for the passphrase again once a leader turns it off', async () => {
    useDesktopKeychain();
    const team = await openTeam();
    await keepKeyOnThisPc(team.id);
    expect(await keepsKeyOnThisPc(team.id)).toBe(true);
    await stopKeepingKeyOnThisPc(team.id);
    expect(await keepsKeyOnThisPc(team.id)).toBe(false);
    expect(await unlockWithoutTyping(await restart(team.id))).toBe(false);
  });

  it('is not offered in a web browser or on a PC without a keychain', async () => {
    expect(await canKeepKeyOnThisPc()).toBe(false);
    useDesktopKeychain({ login: 'sam', available: false });
    expect(await canKeepKeyOnThisPc()).toBe(false);
    const team = await openTeam();
    await expect(keepKeyOnThisPc(team.id)).rejects.toThrow('cannot keep');
    expect(await keepsKeyOnThisPc(team.id)).toBe(false);
  });
});
