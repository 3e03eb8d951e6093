/**
 * Opening a file can be stopped by the person at every step — unlocking, unpacking and checking, comparing with
 * this PC — and stopping leaves this PC's database exactly as it was. (In the app the bundle worker is ended
 * outright, which stops even a step that never pauses; here the same steps run on this thread.)
 */
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../../renderer/db/writer';
import { openBundleBytes, type Step } from '../../../renderer/features/sync/pipeline';
import { dumpDb, exportToBytes, importOk, PASSPHRASE, twoPcs } from './harness';

describe('stopping a file while it opens', () => {
  it.each<Step>(['opening', 'checking', 'comparing'])(
    'at the %s step leaves everything as it was, and the file still comes in afterwards',
    async (stopAt) => {
      const started = await twoPcs();
      const { b } = started;
      for (let index = 0; index < 5; index += 1)
        await createRecord(started.a.ctx, 'cases', {
          reference: `JU-${String(index + 100).padStart(4, '0')}`,
          columnId: started.columnIds[0] ?? '',
          openedAt: '2026-01-05',
        });
      const bytes = await exportToBytes(started.a);
      const before = await dumpDb(b.db);

      const stop = new AbortController();
      const steps: Step[] = [];
      const opened = await openBundleBytes(
        { bytes, passphrase: PASSPHRASE, expectTeamId: started.teamId },
        {
          dbFor: () => b.db,
          signal: stop.signal,
          onProgress: (step) => {
            steps.push(step);
            if (step === stopAt) stop.abort();
          },
        },
      );

      expect(opened).toEqual({ ok: false, cancelled: true });
      expect(steps.at(-1)).toBe(stopAt);
      expect(await dumpDb(b.db)).toEqual(before);
      await importOk(b, bytes);
      expect(await b.db.rows('cases').count()).toBe(5);
    },
  );
});
