import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestTeam, type TestTeam } from '../../../tests/factories/testTeam';
import { WriteError, createRecord, deleteRecord } from '../../db/writer';
import {
  changeLead,
  closeCase,
  createCase,
  nextFreeReference,
  recordReviewHeld,
  reopenCase,
  updateCaseDetails,
} from './caseCommands';
import { addService, deleteCaseRow, setActionStatus, addCaseAction } from './caseRowCommands';
import { readCaseRows } from './page/useCaseRows';

let team: TestTeam;
const TODAY = '2026-03-10';

beforeEach(async () => {
  team = await makeTestTeam({ personName: 'Alex Morgan' });
});
afterEach(() => team.db.close());

function newCase(reference: string, leadMemberId: string | null = null) {
  return createCase(
    team.ctx,
    { reference, displayName: 'Child A.', columnId: team.columnIds[0] ?? '', leadMemberId, concerns: [] },
    TODAY,
  );
}

describe('opening cases', () => {
  it('suggests the next free reference after the highest one used', async () => {
    expect(await nextFreeReference(team.db)).toBe('JU-0001');
    await newCase('JU-0009');
    await newCase('OTHER-1');
    expect(await nextFreeReference(team.db)).toBe('JU-0010');
  });

  it('refuses a reference another live case has, ignoring letter case, but allows one a deleted case had', async () => {
    const first = await newCase('JU-0001');
    await expect(newCase('ju-0001')).rejects.toMatchObject({
      problems: [{ field: 'reference', message: expect.stringContaining('Another case already has') }],
    });
    await deleteRecord(team.ctx, 'cases', first);
    await expect(newCase('JU-0001')).resolves.toBeTypeOf('string');
  });

  it('puts the lead professional in the team around the child and notes the opening', async () => {
    const caseId = await newCase('JU-0001', team.ctx.person.id);
    const rows = await readCaseRows(team.db, caseId);
    expect(rows.involvements.map((row) => row.memberId)).toEqual([team.ctx.person.id]);
    expect(rows.chronology.map((row) => row.text)).toEqual(['Case opened at Referral.']);
  });
});

describe('changing a case', () => {
  it('records a change of lead in the chronology, naming both people', async () => {
    const caseId = await newCase('JU-0001', team.ctx.person.id);
    const other = await createRecord(team.ctx, 'members', { name: 'Priya Shah', profession: 'teacher' });
    await changeLead(team.ctx, caseId, other, TODAY);
    const rows = await readCaseRows(team.db, caseId);
    expect(rows.chronology[0]?.text).toBe('Lead professional changed from Alex Morgan to Priya Shah.');
    expect(rows.involvements.map((row) => row.memberId)).toContain(other);
  });

  it('keeps the due date a review answered, and a renamed reference must still be unique', async () => {
    const caseId = await newCase('JU-0001');
    await newCase('JU-0002');
    await updateCaseDetails(team.ctx, caseId, { nextReviewDate: '2026-03-01' });
    await recordReviewHeld(team.ctx, caseId, {
      heldOn: '2026-03-05',
      note: '',
      nextReviewDate: '2026-06-01',
    });
    const review = (await readCaseRows(team.db, caseId)).chronology.find((row) => row.type === 'review');
    expect(review).toMatchObject({ date: '2026-03-05', reviewDue: '2026-03-01', text: 'Review held.' });
    await expect(updateCaseDetails(team.ctx, caseId, { reference: 'JU-0002' })).rejects.toBeInstanceOf(
      WriteError,
    );
  });

  it('closes only with a reason and an outcome, and reopens only with a reason', async () => {
    const caseId = await newCase('JU-0001');
    await expect(closeCase(team.ctx, caseId, { reason: ' ', outcome: '' }, TODAY)).rejects.toMatchObject({
      problems: [{ field: 'closeReason' }, { field: 'outcome' }],
    });
    await closeCase(team.ctx, caseId, { reason: 'Aims met.', outcome: 'Settled at school.' }, TODAY);
    expect(await team.db.rows('cases').get(caseId)).toMatchObject({ status: 'closed', closedAt: TODAY });
    await expect(reopenCase(team.ctx, caseId, '', TODAY)).rejects.toBeInstanceOf(WriteError);
    await reopenCase(team.ctx, caseId, 'New concerns from school.', TODAY);
    const rows = await readCaseRows(team.db, caseId);
    expect(rows.chronology.map((row) => row.text)).toContain(
      'Case reopened. Reason: New concerns from school.',
    );
  });
});

describe('rows of a case', () => {
  it('clears who and when when a done action is reopened', async () => {
    const caseId = await newCase('JU-0001');
    const id = await addCaseAction(team.ctx, caseId, {
      text: 'Call school',
      ownerId: null,
      dueDate: null,
      aimId: null,
    });
    await setActionStatus(team.ctx, id, 'done', new Date('2026-03-09T10:00:00Z'));
    expect(await team.db.rows('actions').get(id)).toMatchObject({
      doneBy: team.ctx.person.id,
      doneAt: '2026-03-09T10:00:00.000Z',
    });
    await setActionStatus(team.ctx, id, 'open');
    expect(await team.db.rows('actions').get(id)).toMatchObject({ doneBy: null, doneAt: null });
  });

  it('asks why a service was declined and when an obtained one was obtained', async () => {
    const caseId = await newCase('JU-0001');
    const base = {
      name: 'Play therapy',
      recommendedBy: null,
      recommendedOn: '2026-03-01',
      obtainedOn: null,
      whyNot: '',
    };
    await expect(addService(team.ctx, caseId, { ...base, status: 'declined' })).rejects.toMatchObject({
      problems: [{ field: 'whyNot' }],
    });
    await expect(
      addService(team.ctx, caseId, { ...base, status: 'obtained', obtainedOn: '2026-02-01' }),
    ).rejects.toMatchObject({
      problems: [
        { field: 'obtainedOn', message: 'The date obtained must be on or after the date recommended.' },
      ],
    });
  });

  it('will not remove the lead professional from the team around the child', async () => {
    const caseId = await newCase('JU-0001', team.ctx.person.id);
    const [lead] = (await readCaseRows(team.db, caseId)).involvements;
    await expect(deleteCaseRow(team.ctx, 'involvements', lead?.id ?? '')).rejects.toThrow(
      'Choose another lead professional first',
    );
  });
});
