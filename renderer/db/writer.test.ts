import { describe, expect, it } from 'vitest';
import { makeTestTeam, dumpDb } from '../../tests/factories/testTeam';
import { TeamDb } from './teamDb';
import { getMeta, readVersionVectors } from './meta';
import {
  createRecord,
  deleteRecord,
  inOneWrite,
  loadClock,
  purgeRecord,
  restoreRecord,
  updateRecord,
  WriteError,
} from './writer';

async function teamWithCase() {
  const team = await makeTestTeam();
  const columnId = team.columnIds[0] ?? '';
  const caseId = await createRecord(team.ctx, 'cases', {
    reference: 'JU-0007',
    displayName: 'Child G.',
    columnId,
    openedAt: '2026-01-05',
  });
  return { ...team, caseId, columnId };
}

describe('the write path', () => {
  it('stamps every field of a new record and names the person who added it', async () => {
    const { db, ctx, caseId } = await teamWithCase();
    const row = await db.rows('cases').get(caseId);
    expect(row?.updatedBy).toBe(ctx.person.id);
    const stamped = Object.keys(row?.stamps ?? {}).sort();
    const fields = Object.keys(row ?? {}).filter((key) => key !== 'id' && key !== 'stamps');
    expect(stamped).toEqual(fields.sort());
    const audit = await db.audit.where('[table+recordId]').equals(['cases', caseId]).toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', personId: ctx.person.id, personName: 'Alex Morgan' });
  });

  it('stamps only the fields that changed and keeps the older stamps of the rest', async () => {
    const { db, ctx, caseId } = await teamWithCase();
    const before = await db.rows('cases').get(caseId);
    const changed = await updateRecord(ctx, 'cases', caseId, {
      nextReviewDate: '2026-03-01',
      openedAt: '2026-01-05',
    });
    const after = await db.rows('cases').get(caseId);
    expect(changed).toBe(true);
    expect(after?.stamps['nextReviewDate']).not.toBe(before?.stamps['nextReviewDate']);
    expect(after?.stamps['nextReviewDate']).toBe(after?.stamps['updatedAt']);
    expect(after?.stamps['openedAt']).toBe(before?.stamps['openedAt']);
    expect(after?.stamps['reference']).toBe(before?.stamps['reference']);
    const audit = await db.audit.where('action').equals('update').toArray();
    expect(audit[0]?.fields).toEqual(['nextReviewDate']);
    expect(audit[0]?.changes).toEqual([{ field: 'nextReviewDate', before: null, after: '2026-03-01' }]);
  });

  it('writes nothing when a change does not change any value', async () => {
    const { db, ctx, caseId } = await teamWithCase();
    const before = await dumpDb(db);
    expect(await updateRecord(ctx, 'cases', caseId, { reference: 'JU-0007' })).toBe(false);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('never copies free text about a child into the audit trail', async () => {
    const { db, ctx, caseId } = await teamWithCase();
    await updateRecord(ctx, 'cases', caseId, {
      displayName: 'Child H.',
      sharingRestriction: 'Not to the father',
    });
    const audit = await db.audit.where('action').equals('update').first();
    expect(audit?.fields.sort()).toEqual(['displayName', 'sharingRestriction']);
    expect(audit?.changes).toEqual([]);
    expect(JSON.stringify(await db.audit.toArray())).not.toContain('Not to the father');
  });

  it('refuses an invalid change in plain words and leaves the database exactly as it was', async () => {
    const { db, ctx, caseId } = await teamWithCase();
    const before = await dumpDb(db);
    const attempt = updateRecord(ctx, 'cases', caseId, { reference: 'not a reference!' });
    await expect(attempt).rejects.toBeInstanceOf(WriteError);
    await expect(attempt).rejects.toThrow(/letters, digits and dashes/);
    await expect(createRecord(ctx, 'aims', { caseId, text: '   ' })).rejects.toThrow(
      'The aim must not be empty.',
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  it('names a refused value inside a list by the list, as the form that shows it does', async () => {
    const { ctx } = await teamWithCase();
    const attempt = createRecord(ctx, 'members', {
      name: 'Bea Nurse',
      profession: 'health-visitor',
      skills: ['Infant feeding', 'x'.repeat(201)],
    });
    await expect(attempt).rejects.toMatchObject({
      problems: [{ field: 'skills', message: 'Skills must be 200 characters or fewer.' }],
    });
  });

  it('saves all or none of several writes made as one', async () => {
    const { db, ctx, caseId } = await teamWithCase();
    const before = await dumpDb(db);
    const attempt = inOneWrite(ctx, async () => {
      await createRecord(ctx, 'aims', { caseId, text: 'Sleeps through the night' });
      await createRecord(ctx, 'views', { caseId, whose: 'child', text: '', recordedOn: '2026-01-06' });
    });
    await expect(attempt).rejects.toThrow(WriteError);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('deletes, brings back, and then removes for good, keeping a stamped stub without personal details', async () => {
    const { db, ctx, caseId } = await teamWithCase();
    const viewId = await createRecord(ctx, 'views', {
      caseId,
      whose: 'child',
      text: 'I want to stay at my school.',
      recordedOn: '2026-01-06',
    });
    expect(await deleteRecord(ctx, 'cases', caseId)).toBe(true);
    expect((await db.rows('cases').get(caseId))?.deleted).toBe(true);
    await expect(updateRecord(ctx, 'cases', caseId, { displayName: 'X' })).rejects.toThrow(/Bring it back/);
    expect(await restoreRecord(ctx, 'cases', caseId)).toBe(true);
    expect((await db.rows('cases').get(caseId))?.deleted).toBe(false);
    await expect(purgeRecord(ctx, 'cases', caseId)).rejects.toThrow(/Delete this first/);

    await deleteRecord(ctx, 'cases', caseId);
    const deleted = await db.rows('cases').get(caseId);
    expect(await purgeRecord(ctx, 'cases', caseId)).toBe(true);
    const stub = await db.rows('cases').get(caseId);
    expect(stub).toMatchObject({ deleted: true, reference: 'JU-0007', displayName: '', consentGivenBy: '' });
    expect((stub?.stamps['displayName'] ?? '') > (deleted?.stamps['displayName'] ?? '')).toBe(true);
    expect(stub?.stamps['reference']).toBe(deleted?.stamps['reference']);
    const view = await db.rows('views').get(viewId);
    expect(view).toMatchObject({ deleted: true, text: '' });
    await expect(restoreRecord(ctx, 'cases', caseId)).rejects.toThrow(/removed for good/);
  });

  it('issues later stamps after the app restarts, even if the PC clock went back', async () => {
    const late = Date.parse('2030-01-01T00:00:00Z');
    const { db, ctx, caseId } = await teamWithCase();
    const laterClock = await loadClock(db, 'test-device', () => late);
    await updateRecord({ ...ctx, clock: laterClock }, 'cases', caseId, { displayName: 'Child J.' });
    const lastStamp = (await db.rows('cases').get(caseId))?.stamps['displayName'] ?? '';
    db.close();

    const reopened = new TeamDb(db.teamId);
    const restarted = await loadClock(reopened, 'test-device', () => Date.parse('2026-01-01T00:00:00Z'));
    expect(restarted.now() > lastStamp).toBe(true);
    expect(await getMeta(reopened, 'clock')).toBe(lastStamp);
    expect((await readVersionVectors(reopened)).cases?.['test-device']).toBe(lastStamp);
  });

  it('stamps a change after a change that came in on another thread, even when this clock was not told', async () => {
    const { db, ctx, caseId } = await teamWithCase();
    // The bundle worker stored a colleague's change with a later stamp and raised the mark; this clock never heard.
    const colleague = '009999999999999-000000-colleague-pc';
    await db.transaction('rw', ['cases', 'meta'], async () => {
      const row = await db.rows('cases').get(caseId);
      if (row) await db.rows('cases').put({ ...row, stamps: { ...row.stamps, displayName: colleague } });
      await db.meta.put({ key: 'clock', value: colleague });
    });
    await updateRecord(ctx, 'cases', caseId, { displayName: 'Child H.' });
    const after = await db.rows('cases').get(caseId);
    expect((after?.stamps['displayName'] ?? '') > colleague).toBe(true);
    expect(await getMeta(db, 'clock')).toBe(after?.stamps['displayName']);
  });
});
