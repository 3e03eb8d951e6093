import { describe, expect, it } from 'vitest';
import { isAnonymousDevice } from '../../../shared/sync/anonymousStamp';
import { createAnonymousRecord } from '../../../renderer/db/anonymousWrite';
import { createRecord, deleteRecord } from '../../../renderer/db/writer';
import { listDecisions } from '../../../renderer/db/decisions';
import { readVersionVectors } from '../../../renderer/db/meta';
import { dataOf, exportToBytes, importOk, joinPc, startTeam } from './harness';

async function twoPcsWithACheck() {
  const started = await startTeam();
  const checkId = await createRecord(started.a.ctx, 'healthChecks', {
    title: 'Spring check',
    opensOn: '2026-04-01',
    enablers: ['communication'],
  });
  const b = await joinPc(started, 'pc-b', 'Ben Clarke');
  await importOk(started.a, await exportToBytes(b));
  return { ...started, b, checkId };
}

function anonymousAnswer(pcDb: Parameters<typeof createAnonymousRecord>[0], checkId: string, score: number) {
  return createAnonymousRecord(
    pcDb,
    'healthCheckResponses',
    { checkId, memberId: null, scores: [{ enabler: 'communication', score, comment: '' }] },
    new Date('2026-04-02T15:20:00Z'),
  );
}

describe('anonymous health-check answers between PCs', () => {
  it('reach every PC, whichever file comes first, and bringing a file in twice changes nothing', async () => {
    const { a, b, checkId } = await twoPcsWithACheck();
    await anonymousAnswer(a.db, checkId, 2);
    await anonymousAnswer(b.db, checkId, 4);
    const fromA = await exportToBytes(a);
    const fromB = await exportToBytes(b);
    await importOk(b, fromA);
    await importOk(a, fromB);
    await importOk(a, fromB);
    expect(await dataOf(a)).toEqual(await dataOf(b));
    const scores = (await a.db.rows('healthCheckResponses').toArray()).map((row) => row.scores[0]?.score);
    expect(scores.sort()).toEqual([2, 4]);
    expect(await listDecisions(a.db)).toHaveLength(0);
  }, 30_000);

  it('can still be removed by a later change on another PC, and the removal travels back', async () => {
    const { a, b, checkId } = await twoPcsWithACheck();
    const answerId = await anonymousAnswer(a.db, checkId, 1);
    await importOk(b, await exportToBytes(a));
    await deleteRecord(b.ctx, 'healthCheckResponses', answerId);
    await importOk(a, await exportToBytes(b));
    expect((await a.db.rows('healthCheckResponses').get(answerId))?.deleted).toBe(true);
    expect(await listDecisions(a.db)).toHaveLength(0);
  }, 30_000);

  it('name no PC in what either PC has seen: each answer counts as a writer of its own', async () => {
    const { a, b, checkId } = await twoPcsWithACheck();
    await anonymousAnswer(a.db, checkId, 3);
    await importOk(b, await exportToBytes(a));
    const devices = Object.keys((await readVersionVectors(b.db)).reflection ?? {});
    expect(devices.filter(isAnonymousDevice)).toHaveLength(1);
    expect(devices.filter((device) => !isAnonymousDevice(device)).sort()).toEqual([a.ctx.deviceId].sort());
  }, 30_000);
});
