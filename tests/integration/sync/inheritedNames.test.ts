/**
 * Names every JavaScript object inherits (`toString`, `valueOf`) must never be read as a field's change stamp or as
 * what a PC has seen: a file that uses one as a field is refused plainly, and a PC that happens to be called by one
 * is remembered like any other.
 */
import { describe, expect, it } from 'vitest';
import { gzipJson } from '../../../shared/bundle/codec';
import { encryptBytes } from '../../../shared/bundle/crypto';
import { collectBundleDocument } from '../../../renderer/db/exportBundle';
import { listDecisions } from '../../../renderer/db/decisions';
import { getMeta } from '../../../renderer/db/meta';
import { updateRecord } from '../../../renderer/db/writer';
import {
  PASSPHRASE,
  TEST_ENCRYPTION,
  dumpDb,
  exportToBytes,
  importBytes,
  importOk,
  refusalOf,
  twoPcsWithCase,
} from './harness';

function teamWithCase(deviceOfB?: string) {
  return twoPcsWithCase({ deviceOfB });
}

describe('a name every object inherits', () => {
  it('as a field in a record’s change stamps, is refused in plain words and changes nothing', async () => {
    for (const name of ['toString', 'valueOf']) {
      const { a, b, caseId } = await teamWithCase();
      const document = await collectBundleDocument(a.db, {
        scope: ['team', 'directory', 'cases'],
        source: { deviceId: a.ctx.deviceId, personId: a.ctx.person.id, personName: a.ctx.person.name },
        appVersion: '0.1.0',
      });
      for (const row of document.tables['cases'] ?? []) {
        if (typeof row === 'object' && row !== null && 'stamps' in row && typeof row.stamps === 'object')
          Object.assign(row.stamps ?? {}, { [name]: '001900000000000-000000-pc-a' });
      }
      const before = await dumpDb(b.db);
      const result = await importBytes(
        b,
        await encryptBytes(gzipJson(document), PASSPHRASE, TEST_ENCRYPTION),
      );
      expect(result.ok ? 'stored' : refusalOf(result)).toMatch(
        /Some records in this file did not pass checks \(1 record in cases\)/,
      );
      expect(await dumpDb(b.db)).toEqual(before);
      expect((await b.db.rows('cases').get(caseId))?.reference).toBe('JU-0042');
    }
  });

  it('as a PC’s name, is remembered like any other: a change replaced knowingly is not asked about', async () => {
    const { a, b, caseId } = await teamWithCase('toString');
    await updateRecord(b.ctx, 'cases', caseId, { nextReviewDate: '2026-05-01' });
    await importOk(a, await exportToBytes(b));
    await updateRecord(a.ctx, 'cases', caseId, { nextReviewDate: '2026-06-01' });
    await importOk(b, await exportToBytes(a));

    expect(await listDecisions(b.db)).toEqual([]);
    expect((await b.db.rows('cases').get(caseId))?.nextReviewDate).toBe('2026-06-01');
    const seenByA = (await getMeta(a.db, 'versionVectors'))?.cases ?? {};
    expect(Object.hasOwn(seenByA, 'toString')).toBe(true);
  });
});
