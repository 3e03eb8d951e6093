import { describe, expect, it } from 'vitest';
import { makeTestTeam } from '../../tests/factories/testTeam';
import { listRecentlyDeleted, purgeDeleted, restoreDeleted } from './recentlyDeleted';
import { createRecord, deleteRecord } from './writer';

describe('recently deleted', () => {
  it('lists deleted records across tables, newest first, and forgets them once brought back or removed', async () => {
    const { db, ctx, columnIds } = await makeTestTeam();
    const caseId = await createRecord(ctx, 'cases', {
      reference: 'JU-0100',
      displayName: 'Child K.',
      columnId: columnIds[0] ?? '',
      openedAt: '2026-02-01',
    });
    const actionId = await createRecord(ctx, 'actions', { caseId, text: 'Phone the school nurse' });
    await deleteRecord(ctx, 'actions', actionId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await deleteRecord(ctx, 'cases', caseId);

    const listed = await listRecentlyDeleted(db);
    expect(listed.map((item) => item.title)).toEqual(['JU-0100 Child K.', 'Phone the school nurse']);
    expect(listed[0]).toMatchObject({ table: 'cases', kind: 'cases', deletedBy: ctx.person.id });

    await restoreDeleted(ctx, { table: 'actions', id: actionId });
    await purgeDeleted(ctx, { table: 'cases', id: caseId });
    // Purging the case also removes the action it owns, which was live again: it is now gone for good too.
    expect(await listRecentlyDeleted(db)).toEqual([]);
  });
});
