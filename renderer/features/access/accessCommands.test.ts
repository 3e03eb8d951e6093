import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/sync/record';
import { makeTestTeam } from '../../../tests/factories/testTeam';
import { setPin, getPinState } from '../../db/pins';
import { createRecord, deleteRecord, makeWriteContext } from '../../db/writer';
import {
  changeTeamRole,
  purgeClosedCase,
  purgeDeletedItem,
  resetPin,
  setClosedCaseRetention,
} from './accessCommands';
import { NO_FILTERS, searchAudit } from './history/auditSearch';

async function teamWithMember() {
  const team = await makeTestTeam({ personName: 'Sam Okafor' });
  const anaId = newId();
  await createRecord(team.ctx, 'members', { name: 'Ana Silva', profession: 'health-visitor' }, { id: anaId });
  const ana = await makeWriteContext(team.db, 'test-device', { id: anaId, name: 'Ana Silva' });
  return { ...team, anaId, ana };
}

async function addClosedCase(team: Awaited<ReturnType<typeof teamWithMember>>, closedAt: string) {
  return createRecord(team.ctx, 'cases', {
    reference: 'JU-0042',
    displayName: 'Child A.',
    columnId: team.columnIds[0] ?? '',
    openedAt: '2015-01-01',
    status: 'closed',
    closedAt,
  });
}

describe('leaders’ tasks', () => {
  it('refuses to leave the team without a leader, and lets a leader hand the role on', async () => {
    const team = await teamWithMember();
    await expect(changeTeamRole(team.ctx, team.ctx.person.id, 'member')).rejects.toThrow(
      'The team must keep at least one team leader',
    );
    await changeTeamRole(team.ctx, team.anaId, 'leader');
    await changeTeamRole(team.ctx, team.ctx.person.id, 'member');
    expect((await team.db.rows('members').get(team.ctx.person.id))?.teamRole).toBe('member');
  });

  it('refuses leader tasks to a team member, in plain words, changing nothing', async () => {
    const team = await teamWithMember();
    await expect(changeTeamRole(team.ana, team.anaId, 'leader')).rejects.toThrow(
      'Only a team leader can change people’s roles.',
    );
    await expect(setClosedCaseRetention(team.ana, team.teamId, 12)).rejects.toThrow(/Only a team leader/);
    await expect(resetPin(team.ana, team.teamId, team.ctx.person.id)).rejects.toThrow(/Only a team leader/);
    const caseId = await addClosedCase(team, '2016-01-01');
    await deleteRecord(team.ctx, 'cases', caseId);
    await expect(purgeDeletedItem(team.ana, { table: 'cases', id: caseId })).rejects.toThrow(
      /Only a team leader/,
    );
    expect((await team.db.rows('cases').get(caseId))?.displayName).toBe('Child A.');
  });

  it('lets a leader clear a PIN on this PC', async () => {
    const team = await teamWithMember();
    await setPin(team.teamId, team.anaId, '5193', 1_000);
    await resetPin(team.ctx, team.teamId, team.anaId);
    expect((await getPinState(team.teamId, team.anaId)).hasPin).toBe(false);
  });

  it('removes a closed case’s personal details for good, keeping its reference, and records who did it', async () => {
    const team = await teamWithMember();
    const caseId = await addClosedCase(team, '2016-01-01');
    await purgeClosedCase(team.ctx, caseId);
    const stub = await team.db.rows('cases').get(caseId);
    expect(stub?.deleted).toBe(true);
    expect(stub?.displayName).toBe('');
    expect(stub?.reference).toBe('JU-0042');
    const history = await searchAudit(team.db, { ...NO_FILTERS, table: 'cases' }, 0, 10);
    expect(history.entries[0]?.row).toMatchObject({
      action: 'purge',
      personName: 'Sam Okafor',
      recordId: caseId,
    });
  });
});

describe('searching the change history', () => {
  it('finds changes by person, by record and by date, newest first, a page at a time', async () => {
    const team = await teamWithMember();
    const caseId = await addClosedCase(team, '2016-01-01');
    await createRecord(team.ana, 'actions', { source: 'case', caseId, text: 'Book the review' });

    const byAna = await searchAudit(team.db, { ...NO_FILTERS, personId: team.anaId }, 0, 10);
    expect(byAna.entries.map((entry) => entry.row.table)).toEqual(['actions']);

    const byRecord = await searchAudit(team.db, { ...NO_FILTERS, record: 'ju-0042' }, 0, 10);
    expect(byRecord.entries.map((entry) => entry.title)).toEqual(['JU-0042 Child A.']);

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await searchAudit(team.db, { ...NO_FILTERS, from: tomorrow }, 0, 10)).entries).toEqual([]);

    const firstPage = await searchAudit(team.db, NO_FILTERS, 0, 2);
    expect(firstPage.hasMore).toBe(true);
    expect(firstPage.entries[0]?.row.table).toBe('actions');
  });
});
