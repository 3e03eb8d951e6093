import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resultPort } from '../../../shared/folder/folderPort';
import { NodeFolder } from '../../../electron/teamFolder';
import { createRecord, updateRecord } from '../../../renderer/db/writer';
import { dataOf, joinPc, startTeam } from '../sync/harness';
import { settle, sharedFolder } from './folderHarness';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'joinedup-real-folder-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('several PCs sharing one real folder on disk (a network drive)', () => {
  // Three PCs sealing and opening each other's files on a real disk: seconds on a busy two-core machine.
  it(
    'keep each other up to date, each writing only its own files, and leave no temporary file behind',
    { timeout: 20_000 },
    async () => {
      const started = await startTeam();
      const shared = sharedFolder();
      const port = () => resultPort(new NodeFolder(dir));
      const a = await shared.join(started.a, { port: port() });
      const b = await shared.join(await joinPc(started, 'pc-b', 'Ben Clarke'), { port: port() });
      const c = await shared.join(await joinPc(started, 'pc-c', 'Cara Doyle'), { port: port() });
      const caseId = await createRecord(a.ctx, 'cases', {
        reference: 'JU-0042',
        columnId: started.columnIds[0] ?? '',
        openedAt: '2026-01-05',
      });
      await updateRecord(b.ctx, 'members', b.ctx.person.id, { roleTitle: 'Health visitor' });
      await updateRecord(c.ctx, 'members', c.ctx.person.id, { roleTitle: 'School nurse' });
      await settle(shared, [a, b, c]);

      expect(await dataOf(b)).toEqual(await dataOf(a));
      expect(await dataOf(c)).toEqual(await dataOf(a));
      expect(await c.db.rows('cases').get(caseId)).toBeDefined();
      const names = readdirSync(dir);
      expect(names.every((name) => name.endsWith('.joinedup'))).toBe(true);
      for (const pc of [a, b, c]) expect(names.some((name) => name.includes(pc.ctx.deviceId))).toBe(true);
    },
  );
});
