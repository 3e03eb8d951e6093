import { describe, expect, it } from 'vitest';
import { createRecord, deleteRecord, updateRecord } from '../../../renderer/db/writer';
import { listForReview, markReviewed } from '../../../renderer/db/forReview';
import { addCase, dataOf, exportToBytes, importOk, joinPc, startTeam } from './harness';

/**
 * PC B's person is a member, not a leader. The app's commands would refuse what B does below; a PC running an
 * older version, or a file made by hand with the passphrase, would not. The changes must still arrive everywhere.
 */
async function teamWithEntries() {
  const started = await startTeam();
  const caseId = await addCase(started);
  const entryId = await createRecord(started.a.ctx, 'chronology', {
    caseId,
    date: '2026-02-02',
    type: 'note',
    text: 'Mum said she is scared.',
    authorId: started.a.ctx.person.id,
  });
  const b = await joinPc(started, 'pc-b', 'Ben Clarke');
  await importOk(started.a, await exportToBytes(b));
  return { ...started, b, caseId, entryId };
}

describe('changes from another PC that break the team’s rules', () => {
  it('are kept, so both PCs end the same, and listed for a leader to review', async () => {
    const { a, b, caseId, entryId } = await teamWithEntries();
    await deleteRecord(b.ctx, 'chronology', entryId);
    await updateRecord(b.ctx, 'members', b.ctx.person.id, { teamRole: 'leader' });
    await importOk(a, await exportToBytes(b));

    expect((await a.db.rows('chronology').get(entryId))?.deleted).toBe(true);
    expect(await dataOf(a)).toEqual(await dataOf(b));
    const listed = await listForReview(a.db);
    expect(listed.map((item) => [item.personName, item.reason])).toEqual(
      expect.arrayContaining([
        ['Ben Clarke', 'removed a chronology entry someone else wrote'],
        ['Ben Clarke', 'changed someone’s role, which only a team leader may do'],
      ]),
    );
    expect(listed.find((item) => item.table === 'chronology')?.caseId).toBe(caseId);
  }, 30_000);

  it('lists nothing for changes their makers were allowed to make', async () => {
    const { a, b, caseId } = await teamWithEntries();
    const own = await createRecord(b.ctx, 'chronology', {
      caseId,
      date: '2026-02-03',
      type: 'call',
      text: 'Called the school.',
      authorId: b.ctx.person.id,
    });
    await deleteRecord(b.ctx, 'chronology', own);
    await importOk(a, await exportToBytes(b));
    expect(await listForReview(a.db)).toEqual([]);
  }, 30_000);

  it('stay listed, marked, once a leader has looked, and bringing the file in again adds nothing', async () => {
    const { a, b, entryId } = await teamWithEntries();
    await deleteRecord(b.ctx, 'chronology', entryId);
    const file = await exportToBytes(b);
    await importOk(a, file);
    const [item] = await listForReview(a.db);
    await markReviewed(a.db, item?.auditId ?? '', a.ctx.person);
    await importOk(a, file);
    const after = await listForReview(a.db);
    expect(after).toHaveLength(1);
    expect(after[0]?.reviewedBy).toBe(a.ctx.person.name);
  }, 30_000);
});
