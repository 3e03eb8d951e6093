import { describe, expect, it } from 'vitest';
import { getMeta } from './meta';
import { TEST_KEY_WORK_FACTOR } from '../../tests/factories/pcTeam';
import { passphraseOpensTeam } from './keys/teamUnlock';
import { getPcTeam } from './pcDb';
import { openTeamDb } from './teamDb';
import { generateTeam } from '../../shared/demo/generateTeam';
import { newKey } from '../../shared/keys/sealed';
import { holdTeamKey } from './keys/heldKeys';
import { DEMO_PASSPHRASE, createDemoTeam, createTeam, loadGeneratedTeam } from './teams';
import { createRecord, makeWriteContext } from './writer';

describe('setting up a team', () => {
  it('creates the team, the six stages of the board and its first member as team leader', async () => {
    const { teamId, personId } = await createTeam({
      teamName: ' Riverside Joint Team ',
      passphrase: 'correct horse',
      personName: 'Jo Bloggs',
      profession: 'social-worker',
      deviceId: 'pc-alpha',
      keyWorkFactor: TEST_KEY_WORK_FACTOR,
    });
    const db = openTeamDb(teamId);
    expect((await db.rows('team').get(teamId))?.name).toBe('Riverside Joint Team');
    const columns = await db.rows('boardColumns').orderBy('position').toArray();
    expect(columns.map((column) => column.title)).toEqual([
      'Referral',
      'Assessment',
      'Planning',
      'Plan in action',
      'Review',
      'Closing',
    ]);
    expect(await db.rows('members').get(personId)).toMatchObject({ name: 'Jo Bloggs', teamRole: 'leader' });
    const signedBy = (await db.audit.toArray()).map((row) => row.personName);
    expect(new Set(signedBy)).toEqual(new Set(['Jo Bloggs']));
    expect(await getMeta(db, 'deviceId')).toBe('pc-alpha');
    expect((await getPcTeam(teamId))?.currentPersonId).toBe(personId);
    expect(await passphraseOpensTeam(teamId, 'correct horse')).toBe(true);
    expect(JSON.stringify(await getPcTeam(teamId))).not.toContain('correct horse');
  });

  it('asks plainly for what is missing', async () => {
    const base = {
      teamName: 'T',
      passphrase: 'long enough',
      personName: 'P',
      profession: 'teacher' as const,
    };
    await expect(createTeam({ ...base, teamName: '  ' })).rejects.toThrow('Enter a name for the team.');
    await expect(createTeam({ ...base, personName: '' })).rejects.toThrow('Enter your name.');
    await expect(createTeam({ ...base, passphrase: 'short' })).rejects.toThrow(/at least 8 characters/);
  });

  // Generating the demo team and sealing each of its records takes seconds on a busy two-core machine.
  it('opens a demo team whose next change sorts after every demo record', { timeout: 20_000 }, async () => {
    const { teamId, personId } = await createDemoTeam({
      deviceId: 'pc-beta',
      seed: 3,
    });
    const db = openTeamDb(teamId);
    expect(await db.rows('cases').count()).toBeGreaterThan(0);
    const leader = await db.rows('members').get(personId);
    expect(leader?.teamRole).toBe('leader');
    expect(await passphraseOpensTeam(teamId, DEMO_PASSPHRASE)).toBe(true);
    expect((await getPcTeam(teamId))?.demo).toBe(true);

    const ctx = await makeWriteContext(db, 'pc-beta', { id: personId, name: leader?.name ?? '' });
    const caseRow = await db.rows('cases').toCollection().first();
    const aimId = await createRecord(ctx, 'aims', { caseId: caseRow?.id ?? '', text: 'Joins a club' });
    const aim = await db.rows('aims').get(aimId);
    const demoStamps = (await db.rows('cases').toArray()).flatMap((row) => Object.values(row.stamps));
    expect(demoStamps.every((stamp) => stamp < (aim?.stamps['text'] ?? ''))).toBe(true);
  });

  it('stores a generated team in several writes, every record and the version vector as in one', async () => {
    const demo = generateTeam({ size: { cases: 12, members: 6, agencies: 3 }, seed: 5 });
    holdTeamKey(demo.teamId, newKey(), null);
    const db = openTeamDb(demo.teamId);
    await loadGeneratedTeam(db, demo, 'pc-gamma', 7);
    expect(await db.rows('cases').count()).toBe(demo.rows.cases.length);
    expect(await db.rows('involvements').count()).toBe(demo.rows.involvements.length);
    expect(await getMeta(db, 'versionVectors')).toEqual(demo.versionVectors);
    expect(await getMeta(db, 'deviceId')).toBe('pc-gamma');
  });
});
