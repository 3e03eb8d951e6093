/**
 * Two PCs change different fields of one record that a rule ties together (a secondment's start and end, a
 * training's hours and participatory hours). Neither change breaks the rule; together they do. The merged record
 * must be stored and accepted everywhere, shown as a clash for a person to settle, and settled by saving a fixed
 * value, without the form refusing other changes to the record meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { listClashes } from '../../../renderer/db/clashes';
import { createRecord, updateRecord } from '../../../renderer/db/writer';
import { dataOf, exportToBytes, importBytes, importOk, joinPc, startTeam, refusalOf } from './harness';

async function twoPcsWithMember() {
  const started = await startTeam();
  const memberId = await createRecord(started.a.ctx, 'members', {
    name: 'Priya Shah',
    profession: 'police-officer',
    secondmentStart: '2026-01-01',
    secondmentEnd: '2026-06-30',
  });
  const entryId = await createRecord(started.a.ctx, 'trainingEntries', {
    title: 'Joint safeguarding day',
    type: 'joint',
    date: '2026-01-20',
    hours: 3,
    participatoryHours: 1,
  });
  const b = await joinPc(started, 'pc-b', 'Ben Clarke');
  await importOk(started.a, await exportToBytes(b));
  return { ...started, b, memberId, entryId };
}

describe('two changes that together break a rule tying fields of one record', () => {
  it('are stored as merged, accepted by every PC, and shown on both as a secondment that ends before it starts', async () => {
    const { a, b, memberId } = await twoPcsWithMember();
    await updateRecord(a.ctx, 'members', memberId, { secondmentStart: '2026-03-01' });
    await updateRecord(b.ctx, 'members', memberId, { secondmentEnd: '2026-02-01' });

    await importOk(b, await exportToBytes(a));
    const merged = await b.db.rows('members').get(memberId);
    expect([merged?.secondmentStart, merged?.secondmentEnd]).toEqual(['2026-03-01', '2026-02-01']);

    // Every later file of B's is still accepted: the merge did not cut B off from the team.
    const fromB = await exportToBytes(b);
    const result = await importBytes(a, fromB);
    expect(result.ok ? 'accepted' : refusalOf(result)).toBe('accepted');
    expect(await dataOf(a)).toEqual(await dataOf(b));
    for (const pc of [a, b]) {
      expect((await listClashes(pc.db)).map((clash) => [clash.table, clash.recordId, clash.rule])).toEqual([
        ['members', memberId, 'secondment-order'],
      ]);
    }
  });

  it('lets the record’s other fields change while the clash waits, and is settled by saving a fixed value', async () => {
    const { a, b, memberId } = await twoPcsWithMember();
    await updateRecord(a.ctx, 'members', memberId, { secondmentStart: '2026-03-01' });
    await updateRecord(b.ctx, 'members', memberId, { secondmentEnd: '2026-02-01' });
    await importOk(a, await exportToBytes(b));

    expect(await updateRecord(a.ctx, 'members', memberId, { phone: '01632 960001' })).toBe(true);
    await expect(updateRecord(a.ctx, 'members', memberId, { secondmentEnd: '2026-02-15' })).rejects.toThrow(
      'The secondment end must not be before its start.',
    );
    expect(await listClashes(a.db)).toHaveLength(1);

    await updateRecord(a.ctx, 'members', memberId, { secondmentEnd: '2026-09-30' });
    expect(await listClashes(a.db)).toEqual([]);
    await importOk(b, await exportToBytes(a));
    expect(await listClashes(b.db)).toEqual([]);
    expect(await dataOf(a)).toEqual(await dataOf(b));
  });

  it('also holds for participatory hours that end up above the hours of the training', async () => {
    const { a, b, entryId } = await twoPcsWithMember();
    await updateRecord(a.ctx, 'trainingEntries', entryId, { participatoryHours: 3 });
    await updateRecord(b.ctx, 'trainingEntries', entryId, { hours: 2 });
    await importOk(b, await exportToBytes(a));
    await importOk(a, await exportToBytes(b));
    expect(await dataOf(a)).toEqual(await dataOf(b));
    const entry = await a.db.rows('trainingEntries').get(entryId);
    expect([entry?.hours, entry?.participatoryHours]).toEqual([2, 3]);
    expect((await listClashes(b.db)).map((clash) => clash.rule)).toEqual(['participatory-within-hours']);
  });
});
