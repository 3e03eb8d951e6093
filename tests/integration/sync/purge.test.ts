/**
 * Removal for good against a colleague who, not having seen it, brings the record back (and perhaps changes it):
 * the removal wins on every PC, nothing it cleared comes back, and every PC keeps accepting the others' files.
 */
import { describe, expect, it } from 'vitest';
import { gzipJson } from '../../../shared/bundle/codec';
import { encryptBytes } from '../../../shared/bundle/crypto';
import { collectBundleDocument } from '../../../renderer/db/exportBundle';
import { listDecisions } from '../../../renderer/db/decisions';
import { listRecentlyDeleted } from '../../../renderer/db/recentlyDeleted';
import {
  createRecord,
  deleteRecord,
  purgeRecord,
  restoreRecord,
  updateRecord,
} from '../../../renderer/db/writer';
import {
  PASSPHRASE,
  TEST_ENCRYPTION,
  addCase,
  dataOf,
  exportToBytes,
  importBytes,
  importOk,
  joinPc,
  refusalOf,
  startTeam,
  type Pc,
} from './harness';

/** A and B both hold a case with an action that A has deleted, and B has seen the delete. */
async function deletedActionOnTwoPcs() {
  const started = await startTeam();
  const { a } = started;
  const caseId = await addCase(started);
  const actionId = await createRecord(a.ctx, 'actions', {
    source: 'case',
    caseId,
    text: 'Ask the school nurse about the hearing test.',
  });
  const b = await joinPc(started, 'pc-b', 'Ben Clarke');
  await deleteRecord(a.ctx, 'actions', actionId);
  await importOk(b, await exportToBytes(a));
  return { a, b, actionId };
}

async function accepts(to: Pc, from: Pc): Promise<string> {
  const result = await importBytes(to, await exportToBytes(from));
  if (!result.ok) return refusalOf(result);
  return result.outcome.ok ? 'accepted' : result.outcome.message;
}

describe('removing an action for good while another PC brings it back', () => {
  it('leaves it removed for good on both PCs, its text gone, and each PC accepts the other’s files', async () => {
    const { a, b, actionId } = await deletedActionOnTwoPcs();
    await purgeRecord(a.ctx, 'actions', actionId);
    await restoreRecord(b.ctx, 'actions', actionId);

    expect(await accepts(a, b)).toBe('accepted');
    expect(await accepts(b, a)).toBe('accepted');
    expect(await accepts(a, b)).toBe('accepted');
    expect(await dataOf(a)).toEqual(await dataOf(b));
    for (const pc of [a, b]) {
      const action = await pc.db.rows('actions').get(actionId);
      expect(action).toMatchObject({ deleted: true, purged: true, text: '' });
      await expect(restoreRecord(pc.ctx, 'actions', actionId)).rejects.toThrow('removed for good');
      expect((await listRecentlyDeleted(pc.db)).map((item) => item.id)).not.toContain(actionId);
    }
  });

  it('keeps the words out even when the other PC also rewrote them after bringing it back', async () => {
    const { a, b, actionId } = await deletedActionOnTwoPcs();
    await restoreRecord(b.ctx, 'actions', actionId);
    await updateRecord(b.ctx, 'actions', actionId, { text: 'Ask about the hearing test again in May.' });
    await purgeRecord(a.ctx, 'actions', actionId);

    // B's file first, then A's: the order must not matter.
    expect(await accepts(a, b)).toBe('accepted');
    expect(await accepts(b, a)).toBe('accepted');
    expect(await dataOf(a)).toEqual(await dataOf(b));
    const action = await b.db.rows('actions').get(actionId);
    expect(action).toMatchObject({ deleted: true, purged: true, text: '' });
    expect(await listDecisions(a.db)).toEqual([]);
    expect(await listDecisions(b.db)).toEqual([]);
  });

  it('is recognised in a file made before records said so themselves, from its change history', async () => {
    const { a, b, actionId } = await deletedActionOnTwoPcs();
    await purgeRecord(a.ctx, 'actions', actionId);
    await restoreRecord(b.ctx, 'actions', actionId);

    // A's file as the first version wrote it: data version 1, no `purged` on any record.
    const document = await collectBundleDocument(a.db, {
      scope: ['team', 'directory', 'cases'],
      source: { deviceId: a.ctx.deviceId, personId: a.ctx.person.id, personName: a.ctx.person.name },
      appVersion: '0.1.0',
    });
    document.manifest.schemaVersion = 1;
    for (const rows of Object.values(document.tables)) {
      for (const row of rows) {
        if (typeof row !== 'object' || row === null || !('stamps' in row)) continue;
        Reflect.deleteProperty(row, 'purged');
        if (typeof row.stamps === 'object' && row.stamps !== null)
          Reflect.deleteProperty(row.stamps, 'purged');
      }
    }
    await importOk(b, await encryptBytes(gzipJson(document), PASSPHRASE, TEST_ENCRYPTION));
    expect(await b.db.rows('actions').get(actionId)).toMatchObject({ deleted: true, purged: true, text: '' });
  });
});
