import { describe, expect, it } from 'vitest';
import { CARDS_PART } from '../../../shared/board/boardSource';
import { loadPart, savePart } from '../../../renderer/db/boardSnapshot';
import { createRecord, deleteRecord, purgeRecord, updateRecord } from '../../../renderer/db/writer';
import { listDecisions } from '../../../renderer/db/decisions';
import { dataOf, dumpDb, exportToBytes, importOk, twoPcsWithCase } from './harness';

function teamWithCase() {
  return twoPcsWithCase({ fields: { nextReviewDate: '2026-03-01' } });
}

describe('two PCs exchanging files', () => {
  it('keeps changes made on both PCs to different records and fields, whichever file comes first', async () => {
    for (const order of ['a-first', 'b-first'] as const) {
      const { a, b, caseId, columnIds } = await teamWithCase();
      await updateRecord(a.ctx, 'cases', caseId, { displayName: 'Child Q.' });
      const newCase = await createRecord(a.ctx, 'cases', {
        reference: 'JU-0043',
        columnId: columnIds[1] ?? '',
        openedAt: '2026-02-01',
      });
      await updateRecord(b.ctx, 'cases', caseId, { nextReviewDate: '2026-04-01' });
      const chronologyId = await createRecord(b.ctx, 'chronology', {
        caseId,
        date: '2026-02-02',
        type: 'meeting',
        text: 'Met the family at home.',
      });
      const fromA = await exportToBytes(a);
      const fromB = await exportToBytes(b);
      if (order === 'a-first') {
        await importOk(b, fromA);
        await importOk(a, fromB);
      } else {
        await importOk(a, fromB);
        await importOk(b, fromA);
      }
      expect(await dataOf(a)).toEqual(await dataOf(b));
      const merged = await a.db.rows('cases').get(caseId);
      expect(merged?.displayName).toBe('Child Q.');
      expect(merged?.nextReviewDate).toBe('2026-04-01');
      expect(await b.db.rows('cases').get(newCase)).toBeDefined();
      expect(await a.db.rows('chronology').get(chronologyId)).toBeDefined();
      expect(await listDecisions(a.db)).toHaveLength(0);
    }
  }, 30_000);

  it('carries deletes to the other PC', async () => {
    const { a, b, caseId } = await teamWithCase();
    await deleteRecord(a.ctx, 'cases', caseId);
    await importOk(b, await exportToBytes(a));
    expect((await b.db.rows('cases').get(caseId))?.deleted).toBe(true);
  });

  it('leaves no copy of a case removed for good on the other PC in that PC’s saved board', async () => {
    const { a, b, caseId } = await teamWithCase();
    await savePart(b.db, await loadPart(b.db, CARDS_PART, '2026-03-10'));
    await deleteRecord(a.ctx, 'cases', caseId);
    await purgeRecord(a.ctx, 'cases', caseId);
    await importOk(b, await exportToBytes(a));
    const kept = JSON.stringify(await b.db.table('meta').toArray());
    expect(kept).not.toContain('JU-0042');
  });

  it('keeps the same value on both PCs when the same field was changed on both, and both ask for a decision', async () => {
    const { a, b, caseId } = await teamWithCase();
    await updateRecord(a.ctx, 'cases', caseId, { nextReviewDate: '2026-05-01' });
    await updateRecord(b.ctx, 'cases', caseId, { nextReviewDate: '2026-06-01' });
    const fromA = await exportToBytes(a);
    const fromB = await exportToBytes(b);
    const previewOnB = await importOk(b, fromA);
    await importOk(a, fromB);
    expect(await dataOf(a)).toEqual(await dataOf(b));
    expect(previewOnB.areas.find((area) => area.area === 'cases')?.decisions).toBe(1);
    const [onA] = await listDecisions(a.db);
    const [onB] = await listDecisions(b.db);
    expect(onA?.id).toBe(onB?.id);
    expect(new Set([onA?.keptValue, onA?.otherValue])).toEqual(new Set(['2026-05-01', '2026-06-01']));
  });

  it('changes nothing when the same file is brought in twice, and says when it was first brought in', async () => {
    const { a, b, caseId } = await teamWithCase();
    await updateRecord(a.ctx, 'cases', caseId, { displayName: 'Child R.' });
    const bytes = await exportToBytes(a);
    await importOk(b, bytes);
    const before = await dumpDb(b.db);
    const again = await importOk(b, bytes);
    expect(again.alreadyReceivedAt).not.toBeNull();
    expect(await dumpDb(b.db)).toEqual(before);
  });

  it('changes nothing but the receipt when a new file holds nothing new', async () => {
    const { a, b } = await teamWithCase();
    const preview = await importOk(b, await exportToBytes(a));
    expect(preview.areas.length).toBeGreaterThan(0);
    expect(preview.areas.filter((area) => area.added > 0 || area.changed > 0)).toEqual([]);
    const data = await dataOf(b);
    await importOk(b, await exportToBytes(a));
    expect(await dataOf(b)).toEqual(data);
  });

  it('moves the clock on past everything brought in, so the next change here wins over what came', async () => {
    const { a, b, caseId } = await teamWithCase();
    await updateRecord(a.ctx, 'cases', caseId, { displayName: 'From A' });
    await importOk(b, await exportToBytes(a));
    await updateRecord(b.ctx, 'cases', caseId, { displayName: 'From B, later' });
    await importOk(a, await exportToBytes(b));
    expect((await a.db.rows('cases').get(caseId))?.displayName).toBe('From B, later');
    expect(await listDecisions(a.db)).toHaveLength(0);
  });

  it('notes when each other PC last sent a file, and by whom', async () => {
    const { a, b } = await teamWithCase();
    const peers = (await a.db.meta.get('peers'))?.value as Record<string, { personName: string }>;
    expect(peers[b.ctx.deviceId]?.personName).toBe('Ben Clarke');
  });
});
