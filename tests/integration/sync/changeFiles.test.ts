import { describe, expect, it } from 'vitest';
import { gzipJson } from '../../../shared/bundle/codec';
import { encryptBytes, encryptForFolder } from '../../../shared/bundle/crypto';
import { deriveFolderKey } from '../../../shared/bundle/folderKey';
import type { BundleDocument } from '../../../shared/bundle/manifest';
import { hasSeen, type VersionVectors } from '../../../shared/sync/versionVector';
import type { SyncedRecord } from '../../../shared/sync/record';
import { TABLES } from '../../../shared/domain/registry';
import { collectBundleDocument } from '../../../renderer/db/exportBundle';
import { openBundleBytes } from '../../../renderer/features/sync/pipeline';
import { updateRecord } from '../../../renderer/db/writer';
import {
  addCase,
  exportToBytes,
  importBytes,
  importOk,
  PASSPHRASE,
  type Pc,
  TEST_ENCRYPTION,
  twoPcs,
} from './harness';

const ALL = ['team', 'directory', 'cases', 'reflection', 'training', 'charter'] as const;

async function documentOf(pc: Pc): Promise<BundleDocument> {
  return collectBundleDocument(pc.db, {
    scope: ALL,
    source: {
      deviceId: pc.ctx.deviceId,
      deviceName: 'Front office PC',
      personId: pc.ctx.person.id,
      personName: pc.ctx.person.name,
    },
    appVersion: '0.1.0',
  });
}

/** A change file by hand: only the records with a write `since` has not seen, and `since` in the manifest. */
function changesSince(document: BundleDocument, since: VersionVectors): BundleDocument {
  const tables: Record<string, unknown[]> = {};
  for (const def of TABLES) {
    const rows = (document.tables[def.name] ?? []) as SyncedRecord[];
    const changed = rows.filter((row) =>
      Object.values(row.stamps).some((stamp) => !hasSeen(since, def.area, stamp)),
    );
    if (changed.length > 0) tables[def.name] = changed;
  }
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  return { manifest: { ...document.manifest, since, counts }, tables };
}

describe('a file holding only the latest changes of a PC', () => {
  it('waits, changing nothing, until the changes before it have come in', async () => {
    const started = await twoPcs();
    const { a, b } = started;
    const caseId = await addCase(started);
    const earlier = await exportToBytes(a);
    const base = (await documentOf(a)).manifest.versionVectors;
    await updateRecord(a.ctx, 'cases', caseId, { displayName: 'Child Q.' });
    const latest = changesSince(await documentOf(a), base);
    expect(Object.keys(latest.tables)).toEqual(['cases']);
    const locked = await encryptBytes(gzipJson(latest), PASSPHRASE, TEST_ENCRYPTION);

    const refused = await importBytes(b, locked);
    expect('error' in refused && refused.error.kind).toBe('needsEarlierFiles');
    expect('error' in refused && refused.error.message).toContain(
      'Bring in an earlier file from the same PC',
    );
    expect(await b.db.rows('cases').get(caseId)).toBeUndefined();

    await importOk(b, earlier);
    const preview = await importOk(b, locked);
    expect(preview.fromDeviceName).toBe('Front office PC');
    expect((await b.db.rows('cases').get(caseId))?.displayName).toBe('Child Q.');
  });

  it('opens by hand with the team passphrase when it is locked to the team folder’s key', async () => {
    const started = await twoPcs();
    const { b } = started;
    await updateRecord(started.a.ctx, 'members', started.a.ctx.person.id, { roleTitle: 'Team leader' });
    const document = await documentOf(started.a);
    const key = await deriveFolderKey(PASSPHRASE, started.teamId, { workFactor: 2 });
    const locked = await encryptForFolder(gzipJson(document), key.recipient);
    const opened = await openBundleBytes(
      { bytes: locked, passphrase: PASSPHRASE, expectTeamId: started.teamId },
      { dbFor: () => b.db, onProgress: () => undefined, folderKey: { workFactor: 2 } },
    );
    expect(opened.ok).toBe(true);
    const joining = await openBundleBytes(
      { bytes: locked, passphrase: PASSPHRASE },
      { dbFor: () => b.db, onProgress: () => undefined, folderKey: { workFactor: 2 } },
    );
    expect('error' in joining && joining.error.kind).toBe('notABundle');
  });
});
