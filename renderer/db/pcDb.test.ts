import { describe, expect, it } from 'vitest';
import { addPcTeam } from '../../tests/factories/pcTeam';
import { getPcTeam, listTeams, removeTeamFromPc, touchTeam } from './pcDb';
import { openTeamDb } from './teamDb';

describe('the teams held on this PC', () => {
  it('keeps the team’s key only wrapped, never the passphrase', async () => {
    const row = await addPcTeam({ passphrase: 'river stones 42' });
    expect(row.wrappedKey?.kdf.name).toBe('scrypt');
    expect(JSON.stringify(await getPcTeam(row.id))).not.toContain('river stones 42');
  });

  it('lists the most recently opened team first and remembers who used it', async () => {
    const first = crypto.randomUUID();
    const second = crypto.randomUUID();
    await addPcTeam({ id: first, name: 'First' });
    await addPcTeam({ id: second, name: 'Second' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await touchTeam(first, { currentPersonId: 'person-1' });
    const ids = (await listTeams()).map((team) => team.id);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect((await getPcTeam(first))?.currentPersonId).toBe('person-1');
  });

  it('removes a team and its data from this PC', async () => {
    const id = crypto.randomUUID();
    await addPcTeam({ id, name: 'Leaving' });
    await openTeamDb(id).meta.put({ key: 'deviceId', value: 'pc-1' });
    await removeTeamFromPc(id);
    expect(await getPcTeam(id)).toBeUndefined();
    expect(await openTeamDb(id).meta.count()).toBe(0);
  });
});
