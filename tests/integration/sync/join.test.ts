import { describe, expect, it } from 'vitest';
import { createRecord } from '../../../renderer/db/writer';
import { addCase, dataOf, exportToBytes, importOk, makePc, startTeam } from './harness';

describe('joining a team from its file on a fresh PC', () => {
  it('brings the whole team into an empty database and says what the file holds', async () => {
    const started = await startTeam();
    await addCase(started);
    const fresh = await makePc('pc-new', started.teamId, 'Chris Doyle');
    const preview = await importOk(fresh, await exportToBytes(started.a), { join: true });
    expect(preview.teamName).toBe('North Locality Team');
    expect(preview.fromPersonName).toBe('Ana Silva');
    expect(preview.areas.find((area) => area.area === 'cases')?.added).toBe(1);
    expect(await dataOf(fresh)).toEqual(await dataOf(started.a));
    expect(await fresh.db.receipts.count()).toBe(1);
  });

  it('lets the new PC write after joining, with stamps after everything it took in', async () => {
    const started = await startTeam();
    const fresh = await makePc('pc-new', started.teamId, 'Chris Doyle');
    await importOk(fresh, await exportToBytes(started.a), { join: true });
    const caseId = await createRecord(fresh.ctx, 'cases', {
      reference: 'JU-0099',
      columnId: started.columnIds[0] ?? '',
      openedAt: '2026-02-01',
    });
    const row = await fresh.db.rows('cases').get(caseId);
    const team = await fresh.db.rows('team').get(started.teamId);
    expect((row?.stamps['reference'] ?? '') > (team?.stamps['name'] ?? '')).toBe(true);
  });
});
