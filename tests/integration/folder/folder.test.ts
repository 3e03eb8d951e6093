import { describe, expect, it } from 'vitest';
import { createRecord, updateRecord } from '../../../renderer/db/writer';
import { listDecisions } from '../../../renderer/db/decisions';
import { dataOf, joinPc, makePc, startTeam } from '../sync/harness';
import { CALM } from '../../../shared/folder/memoryFolder';
import { round, settle, sharedFolder } from './folderHarness';

describe('PCs sharing a team folder', () => {
  it('bring each other’s changes in with nobody carrying files', async () => {
    const started = await startTeam();
    const shared = sharedFolder();
    const a = await shared.join(started.a, { pcName: 'Front office PC' });
    const b = await shared.join(await joinPc(started, 'pc-b', 'Ben Clarke'), { pcName: 'Ben’s laptop' });
    await settle(shared, [a, b]);

    const caseId = await createRecord(a.ctx, 'cases', {
      reference: 'JU-0042',
      columnId: started.columnIds[0] ?? '',
      openedAt: '2026-01-05',
    });
    await updateRecord(b.ctx, 'members', b.ctx.person.id, { roleTitle: 'Health visitor, east' });
    await settle(shared, [a, b]);

    expect(await dataOf(a)).toEqual(await dataOf(b));
    expect(await b.db.rows('cases').get(caseId)).toBeDefined();
    expect(await listDecisions(a.db)).toHaveLength(0);
    const status = await round(a);
    expect(status.peers).toEqual([
      expect.objectContaining({ pcName: 'Ben’s laptop', personName: 'Ben Clarke', inStep: true }),
    ]);
    expect(status.troubles).toEqual([]);
  });

  it('show a PC’s new name on the others, and in its files, from the next change after it is renamed', async () => {
    const started = await startTeam();
    const shared = sharedFolder();
    const a = await shared.join(started.a, { pcName: 'PC 4f2a91' });
    const b = await shared.join(await joinPc(started, 'pc-b', 'Ben Clarke'), { pcName: 'Ben’s laptop' });
    await settle(shared, [a, b]);
    expect((await round(b)).peers).toEqual([expect.objectContaining({ pcName: 'PC 4f2a91' })]);

    a.pcName = 'Front office PC';
    await updateRecord(a.ctx, 'members', a.ctx.person.id, { roleTitle: 'Team leader, north' });
    await settle(shared, [a, b]);

    expect((await round(b)).peers).toEqual([expect.objectContaining({ pcName: 'Front office PC' })]);
    const names = (await a.folder.list()).map((entry) => entry.name);
    expect(names.some((name) => name.startsWith('Front office PC - '))).toBe(true);
  });

  it('lets a PC that arrives later join from the folder alone', async () => {
    const started = await startTeam();
    const shared = sharedFolder();
    const a = await shared.join(started.a);
    await createRecord(a.ctx, 'cases', {
      reference: 'JU-0001',
      columnId: started.columnIds[0] ?? '',
      openedAt: '2026-01-05',
    });
    await settle(shared, [a]);
    const late = await shared.join(await makePc('pc-late', started.teamId, 'Lee Hart'));
    await settle(shared, [a, late]);
    expect(await dataOf(late)).toEqual(await dataOf(a));
  });

  it('takes a file that arrives half-written calmly, and brings it in once it is whole', async () => {
    const started = await startTeam();
    const shared = sharedFolder(Math.random, { ...CALM, halfWritten: 1 });
    const a = await shared.join(started.a);
    const b = await shared.join(await joinPc(started, 'pc-b', 'Ben Clarke'));
    await createRecord(a.ctx, 'cases', {
      reference: 'JU-0007',
      columnId: started.columnIds[0] ?? '',
      openedAt: '2026-01-05',
    });
    shared.pass(60_000);
    await round(a);
    // Only the cut-short copy has reached B so far.
    const status = await round(b);
    expect(status.troubles).toEqual([]);
    expect(await b.db.rows('cases').count()).toBe(0);
    await settle(shared, [a, b]);
    expect(await dataOf(b)).toEqual(await dataOf(a));
  });

  it('says once that another team’s files share the folder, and leaves them alone', async () => {
    const ours = await startTeam();
    const theirs = await startTeam();
    const shared = sharedFolder();
    const a = await shared.join(ours.a);
    const other = await shared.join(theirs.a);
    await settle(shared, [a, other]);
    const status = await round(a);
    expect(status.troubles).toEqual([{ kind: 'otherTeam', count: 1 }]);
    await a.engine.dismissOtherTeam();
    expect((await round(a)).troubles).toEqual([]);
    expect(await a.db.receipts.count()).toBe(0);
  });

  it('says when the folder cannot be reached, goes on working, and catches up when it is back', async () => {
    const started = await startTeam();
    const shared = sharedFolder();
    const a = await shared.join(started.a);
    const b = await shared.join(await joinPc(started, 'pc-b', 'Ben Clarke'));
    await settle(shared, [a, b]);
    shared.cloud.gone = true;
    const caseId = await createRecord(a.ctx, 'cases', {
      reference: 'JU-0099',
      columnId: started.columnIds[0] ?? '',
      openedAt: '2026-01-05',
    });
    shared.pass(60_000);
    const away = await round(a);
    expect(away.troubles).toEqual([{ kind: 'gone' }]);
    expect(away.waitingToGoSince).not.toBeNull();
    shared.cloud.gone = false;
    await settle(shared, [a, b]);
    expect(await b.db.rows('cases').get(caseId)).toBeDefined();
    expect((await round(a)).troubles).toEqual([]);
  });

  it('tidies away each PC’s own older files once every other PC has shown it has them', async () => {
    const started = await startTeam();
    const shared = sharedFolder();
    const a = await shared.join(started.a);
    const b = await shared.join(await joinPc(started, 'pc-b', 'Ben Clarke'));
    for (let day = 0; day < 20; day += 1) {
      await updateRecord(a.ctx, 'members', a.ctx.person.id, { roleTitle: `Lead ${day}` });
      await settle(shared, [a, b]);
    }
    const names = shared.cloud.namesAt('pc-a');
    // Each PC keeps its newest full file and what came after it; everything older both have seen has gone.
    expect(names.length).toBeLessThan(12);
    for (const [name, writers] of shared.cloud.writers) {
      if (names.includes(name))
        expect(writers).toEqual(new Set([name.includes(a.ctx.deviceId) ? 'pc-a' : 'pc-b']));
    }
    expect(await dataOf(a)).toEqual(await dataOf(b));
  }, 60_000);

  it('tells a person when another PC’s files are locked with a passphrase this PC does not know', async () => {
    const started = await startTeam();
    const shared = sharedFolder();
    const a = await shared.join(started.a);
    const b = await shared.join(await joinPc(started, 'pc-b', 'Ben Clarke'), {
      pcName: 'Reception',
      passphrases: ['a new team passphrase'],
    });
    await settle(shared, [a, b]).catch(() => undefined);
    const status = await round(a);
    expect(status.troubles).toContainEqual({ kind: 'wrongKey', pcNames: ['Reception'] });
  });
});
