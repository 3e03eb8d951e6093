import { describe, expect, it } from 'vitest';
import { createRecord, updateRecord } from '../../../renderer/db/writer';
import { dumpDb, exportToBytes, importBytes, twoPcs } from './harness';

describe('an import that fails while storing', () => {
  it('leaves no partial change behind, and the same file can be brought in afterwards', async () => {
    const started = await twoPcs();
    const { a, b } = started;
    for (let index = 0; index < 30; index += 1) {
      await createRecord(a.ctx, 'cases', {
        reference: `JU-${String(index + 100).padStart(4, '0')}`,
        columnId: started.columnIds[0] ?? '',
        openedAt: '2026-01-05',
      });
    }
    await updateRecord(a.ctx, 'team', started.teamId, { name: 'North Locality Team (renamed)' });
    const bytes = await exportToBytes(a);
    const before = await dumpDb(b.db);

    let puts = 0;
    const failOnTwentieth = () => {
      puts += 1;
      if (puts === 20) throw new Error('The disk is full.');
    };
    b.db.table('cases').hook('creating', failOnTwentieth);
    const failed = await importBytes(b, bytes);
    b.db.table('cases').hook('creating').unsubscribe(failOnTwentieth);

    expect(failed.ok && failed.outcome.ok).toBe(false);
    if (failed.ok && !failed.outcome.ok)
      expect(failed.outcome.message).toContain('Nothing on this PC has been changed');
    expect(await dumpDb(b.db)).toEqual(before);

    const retried = await importBytes(b, bytes);
    expect(retried.ok && retried.outcome.ok).toBe(true);
    expect(await b.db.rows('cases').count()).toBe(30);
  });

  it('asks to look again when something was saved on this PC after the file was opened', async () => {
    const started = await twoPcs();
    const { b } = started;
    await updateRecord(started.a.ctx, 'team', started.teamId, { name: 'Renamed on A' });
    const { openBundleBytes, applyPlan } = await import('../../../renderer/features/sync/pipeline');
    const { PASSPHRASE } = await import('./harness');
    const opened = await openBundleBytes(
      { bytes: await exportToBytes(started.a), passphrase: PASSPHRASE, expectTeamId: started.teamId },
      { dbFor: () => b.db, onProgress: () => undefined },
    );
    if (!opened.ok) throw new Error('The file did not open.');
    await updateRecord(b.ctx, 'team', started.teamId, { closedCaseRetentionMonths: 24 });
    const before = await dumpDb(b.db);
    const outcome = await applyPlan(b.db, opened.plan, () => undefined);
    expect(outcome.ok ? 'stored' : outcome.outdated).toBe(true);
    expect(await dumpDb(b.db)).toEqual(before);
  });
});
