import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { addPcTeam } from '../../tests/factories/pcTeam';
import { PC_DB_NAME, listTeams, pinTable, removeTeamFromPc } from './pcDb';
import { checkPin, clearPin, getPinState, membersWithPins, pinKey, setPin } from './pins';

const FAST = 1000;

function ids() {
  return { teamId: crypto.randomUUID(), memberId: crypto.randomUUID() };
}

describe('personal PINs on this PC', () => {
  it('lets a person in with their PIN and keeps only a salted hash', async () => {
    const { teamId, memberId } = ids();
    await setPin(teamId, memberId, '4071', FAST);
    expect(await checkPin(teamId, memberId, '4071')).toEqual({ result: 'right' });
    expect(await checkPin(teamId, memberId, '4072')).toMatchObject({ result: 'wrong', failures: 1 });
    const stored = await pinTable().get(pinKey(teamId, memberId));
    expect(stored?.pin.hash).toBeTruthy();
    expect(JSON.stringify(stored)).not.toContain('4071');
  });

  it('refuses an unacceptable PIN in plain words', async () => {
    const { teamId, memberId } = ids();
    await expect(setPin(teamId, memberId, '12a4', FAST)).rejects.toThrow('Use numbers only');
    expect((await getPinState(teamId, memberId)).hasPin).toBe(false);
  });

  it('makes a person wait after several wrong tries, without even checking the PIN until the wait is over', async () => {
    const { teamId, memberId } = ids();
    await setPin(teamId, memberId, '4071', FAST);
    const t = 1_000_000;
    await checkPin(teamId, memberId, '0000', t);
    await checkPin(teamId, memberId, '0000', t);
    expect(await checkPin(teamId, memberId, '0000', t)).toEqual({
      result: 'wrong',
      failures: 3,
      waitMs: 5_000,
    });
    expect(await checkPin(teamId, memberId, '4071', t + 1_000)).toEqual({ result: 'wait', waitMs: 4_000 });
    expect((await getPinState(teamId, memberId, t + 2_000)).waitMs).toBe(3_000);
    expect(await checkPin(teamId, memberId, '4071', t + 5_000)).toEqual({ result: 'right' });
    expect((await getPinState(teamId, memberId, t + 5_000)).failures).toBe(0);
  });

  it('lets a leader clear a PIN so its owner chooses a new one', async () => {
    const { teamId, memberId } = ids();
    await setPin(teamId, memberId, '4071', FAST);
    expect(await membersWithPins(teamId)).toEqual([memberId]);
    await clearPin(teamId, memberId);
    expect(await checkPin(teamId, memberId, '4071')).toEqual({ result: 'no-pin' });
    expect(await membersWithPins(teamId)).toEqual([]);
  });

  it('forgets a team’s PINs when the team is removed from this PC', async () => {
    const { teamId, memberId } = ids();
    await addPcTeam({ id: teamId, name: 'East' });
    await setPin(teamId, memberId, '4071', FAST);
    await removeTeamFromPc(teamId);
    expect(await membersWithPins(teamId)).toEqual([]);
    expect((await listTeams()).some((team) => team.id === teamId)).toBe(false);
  });

  it('opens a PC database made before PINs existed and keeps its teams', async () => {
    await Dexie.delete(PC_DB_NAME);
    const old = new Dexie(PC_DB_NAME);
    old.version(1).stores({ teams: 'id, lastOpenedAt' });
    await old.table('teams').put({ id: 'old-team', name: 'Old', lastOpenedAt: '2026-01-01T00:00:00.000Z' });
    old.close();
    expect((await listTeams()).map((team) => team.id)).toContain('old-team');
    expect(await membersWithPins('old-team')).toEqual([]);
  });
});
