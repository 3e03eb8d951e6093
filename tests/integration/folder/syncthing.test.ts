import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { resultPort } from '../../../shared/folder/folderPort';
import { NodeFolder } from '../../../electron/teamFolder';
import { createRecord, updateRecord } from '../../../renderer/db/writer';
import { dataOf, makePc, startTeam } from '../sync/harness';
import { roundsUntil, sharedFolder, type FolderPc } from './folderHarness';
import { startSyncthing, type SyncthingCluster } from './syncthing';

let cluster: SyncthingCluster | null = null;
afterAll(async () => {
  await cluster?.stop();
});

async function inStep(pcs: readonly FolderPc[]): Promise<boolean> {
  const [first, ...rest] = await Promise.all(pcs.map((pc) => dataOf(pc)));
  return rest.every((data) => JSON.stringify(data) === JSON.stringify(first));
}

describe('PCs sharing a team folder kept in step by Syncthing', () => {
  it('end with the same data on every PC after each made changes, two having joined from the folder alone', async () => {
    cluster = await startSyncthing(3);
    const [one, two, three] = cluster.instances;
    if (!one || !two || !three) throw new Error('Expected three Syncthing instances.');
    const started = await startTeam();
    const shared = sharedFolder();
    const portOf = (path: string) => resultPort(new NodeFolder(path));
    const a = await shared.join(started.a, { pcName: 'Front office PC', port: portOf(one.folder) });
    const b = await shared.join(await makePc('pc-b', started.teamId, 'Ben Clarke'), {
      port: portOf(two.folder),
    });
    const c = await shared.join(await makePc('pc-c', started.teamId, 'Cara Doyle'), {
      port: portOf(three.folder),
    });
    const pcs = [a, b, c];

    const caseId = await createRecord(a.ctx, 'cases', {
      reference: 'JU-0042',
      columnId: started.columnIds[0] ?? '',
      openedAt: '2026-01-05',
    });
    await roundsUntil(
      shared,
      pcs,
      async () =>
        (await c.db.rows('cases').get(caseId)) !== undefined &&
        (await b.db.rows('cases').get(caseId)) !== undefined,
      120_000,
    );

    await updateRecord(a.ctx, 'cases', caseId, { displayName: 'Child Q.' });
    await updateRecord(b.ctx, 'cases', caseId, { nextReviewDate: '2026-04-01' });
    const chronologyId = await createRecord(c.ctx, 'chronology', {
      caseId,
      date: '2026-02-02',
      type: 'meeting',
      text: 'Met the family at home.',
    });
    await roundsUntil(shared, pcs, () => inStep(pcs), 120_000);

    for (const pc of pcs) {
      const held = await pc.db.rows('cases').get(caseId);
      expect(held?.displayName).toBe('Child Q.');
      expect(held?.nextReviewDate).toBe('2026-04-01');
      expect(await pc.db.rows('chronology').get(chronologyId)).toBeDefined();
    }
    expect(await dataOf(a)).toEqual(await dataOf(c));
    // Each PC wrote only into its own copy of the folder: Syncthing carried every file to the others.
    const inThree = readdirSync(three.folder).filter((name) => name.endsWith('.joinedup'));
    expect(inThree.some((name) => name.includes(a.ctx.deviceId))).toBe(true);
    expect(inThree.some((name) => name.includes(b.ctx.deviceId))).toBe(true);
  }, 300_000);
});
