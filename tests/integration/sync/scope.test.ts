import { describe, expect, it } from 'vitest';
import { updateRecord } from '../../../renderer/db/writer';
import { addCase, dumpDb, exportToBytes, importOk, twoPcs } from './harness';

describe('a file carrying only some areas', () => {
  it('never touches the areas it does not carry on the PC that brings it in', async () => {
    const started = await twoPcs();
    const { a, b } = started;
    const caseId = await addCase(started);
    await updateRecord(a.ctx, 'members', a.ctx.person.id, { roleTitle: 'Team leader' });
    const before = await dumpDb(b.db);
    const bytes = await exportToBytes(a, ['team', 'directory']);
    const preview = await importOk(b, bytes);
    expect(preview.scope).toEqual(['team', 'directory']);
    const after = await dumpDb(b.db);
    expect(after['cases']).toEqual(before['cases']);
    expect(await b.db.rows('cases').get(caseId)).toBeUndefined();
    expect((await b.db.rows('members').get(a.ctx.person.id))?.roleTitle).toBe('Team leader');
    // Nor does it claim that B has seen A's case changes.
    const vectors = (await b.db.meta.get('versionVectors'))?.value as Record<string, Record<string, string>>;
    expect(vectors['cases']?.[a.ctx.deviceId]).toBe(
      (before['meta'] as { key: string; value: Record<string, Record<string, string>> }[]).find(
        (row) => row.key === 'versionVectors',
      )?.value['cases']?.[a.ctx.deviceId],
    );
    // Its change history covers only the areas it carries.
    const audit = (after['audit'] as { table: string }[]).map((row) => row.table);
    expect(audit).not.toContain('cases');
  });
});
