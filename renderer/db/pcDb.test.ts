import { describe, expect, it } from 'vitest';
import {
  addTeam,
  checkPassphrase,
  getPcTeam,
  listTeams,
  removeTeamFromPc,
  setPassphrase,
  touchTeam,
} from './pcDb';
import { openTeamDb } from './teamDb';

const FAST = 1000;

describe('the teams held on this PC', () => {
  it('recognises the right passphrase and catches a mistyped one', async () => {
    const id = crypto.randomUUID();
    const row = await addTeam({
      id,
      name: 'East team',
      passphrase: 'river stones 42',
      currentPersonId: null,
      iterations: FAST,
    });
    expect(JSON.stringify(row)).not.toContain('river stones 42');
    expect(await checkPassphrase(id, 'river stones 42')).toBe(true);
    expect(await checkPassphrase(id, 'river stones 43')).toBe(false);
    expect(await checkPassphrase(crypto.randomUUID(), 'river stones 42')).toBe(false);
    await setPassphrase(id, 'new words here', FAST);
    expect(await checkPassphrase(id, 'river stones 42')).toBe(false);
    expect(await checkPassphrase(id, 'new words here')).toBe(true);
  });

  it('lists the most recently opened team first and remembers who used it', async () => {
    const first = crypto.randomUUID();
    const second = crypto.randomUUID();
    await addTeam({
      id: first,
      name: 'First',
      passphrase: 'aaaaaaaa',
      currentPersonId: null,
      iterations: FAST,
    });
    await addTeam({
      id: second,
      name: 'Second',
      passphrase: 'bbbbbbbb',
      currentPersonId: null,
      iterations: FAST,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await touchTeam(first, { currentPersonId: 'person-1' });
    const ids = (await listTeams()).map((team) => team.id);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect((await getPcTeam(first))?.currentPersonId).toBe('person-1');
  });

  it('removes a team and its data from this PC', async () => {
    const id = crypto.randomUUID();
    await addTeam({ id, name: 'Leaving', passphrase: 'cccccccc', currentPersonId: null, iterations: FAST });
    await openTeamDb(id).meta.put({ key: 'deviceId', value: 'pc-1' });
    await removeTeamFromPc(id);
    expect(await getPcTeam(id)).toBeUndefined();
    expect(await openTeamDb(id).meta.count()).toBe(0);
  });

  it('refuses an empty passphrase', async () => {
    await expect(
      addTeam({ id: crypto.randomUUID(), name: 'X', passphrase: '', currentPersonId: null }),
    ).rejects.toThrow('The team passphrase must not be empty.');
  });
});
