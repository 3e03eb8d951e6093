import { describe, expect, it } from 'vitest';
import { makeTestTeam } from '../../tests/factories/testTeam';
import { pendingChanges, startFolderJournal, stopFolderJournal } from './folderFiles';
import { FOLDER_CHANGE_PREFIX } from './folderJournal';
import type { FolderChangeNote } from './meta';
import { createRecord, updateRecord } from './writer';

async function notes(team: Awaited<ReturnType<typeof makeTestTeam>>): Promise<FolderChangeNote[]> {
  const rows = await team.db.meta.where('key').startsWith(FOLDER_CHANGE_PREFIX).toArray();
  return rows.map((row) => row.value as FolderChangeNote);
}

describe('the team folder’s journal of changes', () => {
  it('notes nothing on a PC that uses no team folder for the team', async () => {
    const team = await makeTestTeam();
    await updateRecord(team.ctx, 'members', team.ctx.person.id, { roleTitle: 'Lead' });
    expect(await notes(team)).toEqual([]);
  });

  it('notes every record a change touches, and the history row with it, while the folder is in use', async () => {
    const team = await makeTestTeam();
    await startFolderJournal(team.db);
    const caseId = await createRecord(team.ctx, 'cases', {
      reference: 'JU-0001',
      columnId: team.columnIds[0] ?? '',
      openedAt: '2026-01-05',
    });
    const noted = await notes(team);
    expect(noted.map((note) => note.table).sort()).toEqual(['audit', 'cases']);
    expect(noted.find((note) => note.table === 'cases')).toMatchObject({ ids: [caseId], received: false });
    expect(await pendingChanges(team.db)).toMatchObject({ count: 2, local: true, wholeTables: false });
  });

  it('forgets its notes when the PC stops using the folder', async () => {
    const team = await makeTestTeam();
    await startFolderJournal(team.db);
    await updateRecord(team.ctx, 'members', team.ctx.person.id, { roleTitle: 'Lead' });
    await stopFolderJournal(team.db);
    expect(await notes(team)).toEqual([]);
    await updateRecord(team.ctx, 'members', team.ctx.person.id, { roleTitle: 'Leader' });
    expect(await notes(team)).toEqual([]);
  });

  it('refuses a change written where it could not be noted, before it is made', async () => {
    const team = await makeTestTeam();
    const [row] = await team.db.audit.toArray();
    if (!row) throw new Error('Expected the history of the new team.');
    const copy = { ...row, id: '0c8a3f0e-5b1d-4c2e-9f7a-6b5d4c3b2a19' };
    await expect(team.db.audit.add(copy)).rejects.toThrow(
      'must be written in a transaction that includes the meta table',
    );
    expect(await team.db.audit.get(copy.id)).toBeUndefined();
  });
});
