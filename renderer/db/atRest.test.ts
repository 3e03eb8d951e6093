import { describe, expect, it } from 'vitest';
import { CARDS_PART } from '../../shared/board/boardSource';
import { SEARCH_PART } from '../../shared/board/searchSource';
import { newKey } from '../../shared/keys/sealed';
import { addBoardCase } from '../../tests/factories/boardCases';
import { makeTestTeam } from '../../tests/factories/testTeam';
import { allStoredText, rawIndexNames, readRaw, writeRaw } from '../../tests/factories/rawIndexedDb';
import { SEALED_FIELD, UnreadableRecordError } from './atRest';
import { loadPart, savePart } from './boardSnapshot';
import { READABLE_ON_DISK } from './readableOnDisk';
import { TeamDb, teamDbName } from './teamDb';
import { createRecord, inOneWrite, updateRecord } from './writer';

/** Words only the team's records hold: none may be found on disk. */
const SECRETS = {
  teamName: 'Riverside Family Team',
  child: 'Lily Hartwell',
  reference: 'JU-4711',
  member: 'Priya Ramaswamy',
  skill: 'Makaton signing',
  view: 'Mum said she is scared of her ex-partner coming back',
  aim: 'Lily sleeps in her own bed every night',
  action: 'Visit Grandma Hartwell on Tuesday',
  chronology: 'Police called to the flat at 2am',
  sender: 'Oluwaseun Adeyemi',
};

async function teamWithKnownText() {
  const team = await makeTestTeam({ personName: SECRETS.member });
  const { ctx, teamId } = team;
  const columnId = team.columnIds[0] ?? '';
  let caseId = '';
  await inOneWrite(ctx, async () => {
    await updateRecord(ctx, 'team', teamId, { name: SECRETS.teamName });
    await updateRecord(ctx, 'members', ctx.person.id, { skills: [SECRETS.skill] });
    caseId = await addBoardCase(ctx, { reference: SECRETS.reference, displayName: SECRETS.child, columnId });
    await createRecord(ctx, 'views', {
      caseId,
      whose: 'family',
      text: SECRETS.view,
      recordedOn: '2026-03-02',
    });
    await createRecord(ctx, 'aims', { caseId, text: SECRETS.aim });
    await createRecord(ctx, 'actions', { caseId, text: SECRETS.action, dueDate: '2026-03-09' });
    await createRecord(ctx, 'chronology', {
      caseId,
      date: '2026-03-01',
      type: 'note',
      text: SECRETS.chronology,
    });
  });
  // The board's saved snapshot (names and search text) and what this PC keeps of a file it brought in.
  await savePart(team.db, await loadPart(team.db, CARDS_PART, '2026-03-02'));
  await savePart(team.db, await loadPart(team.db, SEARCH_PART, '2026-03-02'));
  await team.db.receipts.put({
    bundleId: crypto.randomUUID(),
    fromDeviceId: 'pc-b',
    fromPersonId: crypto.randomUUID(),
    fromPersonName: SECRETS.sender,
    createdAt: '2026-03-01T09:00:00.000Z',
    importedAt: '2026-03-01T10:00:00.000Z',
    counts: {},
  });
  await team.db.decisions.put({
    id: crypto.randomUUID(),
    table: 'views',
    recordId: crypto.randomUUID(),
    field: 'text',
    keptValue: SECRETS.view,
    keptStamp: '001763794800000-00002a-pc-a',
    otherValue: `${SECRETS.view} (their copy)`,
    otherStamp: '001763794800000-00002b-pc-b',
    otherBy: team.ctx.person.id,
    otherAt: '2026-03-01T09:00:00.000Z',
    bundleId: null,
    foundAt: '2026-03-01T10:00:00.000Z',
  });
  return { ...team, caseId };
}

describe('a team database on the PC’s disk', () => {
  it('holds none of the text written through the app, once the app has closed it', async () => {
    const team = await teamWithKnownText();
    team.db.close();
    const onDisk = allStoredText(await readRaw(teamDbName(team.teamId)));
    for (const [what, text] of Object.entries(SECRETS)) expect(onDisk, what).not.toContain(text);
    // The same records read through the app, with the team's key, are all there.
    const reopened = new TeamDb(team.teamId);
    expect((await reopened.rows('cases').get(team.caseId))?.displayName).toBe(SECRETS.child);
    expect((await reopened.receipts.toArray())[0]?.fromPersonName).toBe(SECRETS.sender);
    reopened.close();
  });

  it('keeps readable only each record’s key and the fields its indexes need', async () => {
    const team = await teamWithKnownText();
    team.db.close();
    for (const [store, rows] of Object.entries(await readRaw(teamDbName(team.teamId)))) {
      const allowed = new Set([...Object.keys(READABLE_ON_DISK[store] ?? {}), SEALED_FIELD]);
      for (const row of rows) {
        expect(
          Object.keys(row).filter((field) => !allowed.has(field)),
          store,
        ).toEqual([]);
        expect(ArrayBuffer.isView(row[SEALED_FIELD]), store).toBe(true);
      }
    }
  });

  it('keeps no index on a name, a reference or free text', async () => {
    const team = await teamWithKnownText();
    team.db.close();
    const name = teamDbName(team.teamId);
    expect(await rawIndexNames(name, 'members')).not.toContain('name');
    expect(await rawIndexNames(name, 'members')).not.toContain('skills');
    expect(await rawIndexNames(name, 'cases')).not.toContain('reference');
  });

  it('lets a change read and write in one go, as Dexie’s update does, sealing what it writes', async () => {
    const team = await teamWithKnownText();
    const bundleId = crypto.randomUUID();
    await team.db.heldFiles.put({
      bundleId,
      contents: new Uint8Array([31, 139, 8]),
      fromDeviceId: 'pc-b',
      fromPersonName: SECRETS.sender,
      createdAt: '2026-03-01T09:00:00.000Z',
      heldAt: '2026-03-01T09:05:00.000Z',
      clocks: [],
      until: 0,
      problem: null,
    });
    await team.db.heldFiles.update(bundleId, { problem: 'It could not be brought in.' });
    expect(await team.db.heldFiles.get(bundleId)).toMatchObject({
      contents: new Uint8Array([31, 139, 8]),
      problem: 'It could not be brought in.',
    });
    team.db.close();
    expect(allStoredText(await readRaw(teamDbName(team.teamId)))).not.toContain('brought in');
  });

  it('cannot be read with another team’s key', async () => {
    const team = await teamWithKnownText();
    team.db.close();
    const stranger = new TeamDb(team.teamId, { key: newKey() });
    await expect(stranger.rows('cases').toArray()).rejects.toBeInstanceOf(UnreadableRecordError);
    stranger.close();
  });

  it('refuses a record whose sealed contents were copied from another record', async () => {
    const team = await teamWithKnownText();
    const other = await createRecord(team.ctx, 'views', {
      caseId: team.caseId,
      whose: 'child',
      text: 'I like my new class.',
      recordedOn: '2026-03-02',
    });
    team.db.close();
    const name = teamDbName(team.teamId);
    const views = (await readRaw(name))['views'] ?? [];
    const mine = views.find((row) => row['id'] === other);
    const theirs = views.find((row) => row['id'] !== other);
    await writeRaw(name, 'views', { ...mine, [SEALED_FIELD]: theirs?.[SEALED_FIELD] });
    const reopened = new TeamDb(team.teamId);
    await expect(reopened.rows('views').get(other)).rejects.toBeInstanceOf(UnreadableRecordError);
    reopened.close();
  });

  it('refuses a record written plain into it behind the app’s back', async () => {
    const team = await teamWithKnownText();
    team.db.close();
    const name = teamDbName(team.teamId);
    const stored = (await readRaw(name))['cases']?.[0];
    await writeRaw(name, 'cases', { ...stored, [SEALED_FIELD]: undefined, displayName: 'Someone else' });
    const reopened = new TeamDb(team.teamId);
    await expect(reopened.rows('cases').toArray()).rejects.toBeInstanceOf(UnreadableRecordError);
    reopened.close();
  });
});
