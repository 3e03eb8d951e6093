import { describe, expect, it } from 'vitest';
import { listDecisions, settleDecision } from '../../../renderer/db/decisions';
import { deleteRecord, restoreRecord, updateRecord } from '../../../renderer/db/writer';
import { recordCaseVisit } from '../../../renderer/features/board/caseVisits';
import { caseOnTwoPcs, dataOf, exportToBytes, importOk, joinPc, makePc, twoPcsWithCase } from './harness';

async function clashOnReviewDate() {
  const { a, b, caseId } = await twoPcsWithCase();
  await updateRecord(a.ctx, 'cases', caseId, { nextReviewDate: '2026-05-01' });
  await updateRecord(b.ctx, 'cases', caseId, { nextReviewDate: '2026-06-01' });
  const fromA = await exportToBytes(a);
  const fromB = await exportToBytes(b);
  await importOk(a, fromB);
  await importOk(b, fromA);
  return { a, b, caseId };
}

describe('a field changed on two PCs that had not seen each other’s change', () => {
  it('is settled on one PC and the settlement travels, clearing the question on the other', async () => {
    const { a, b, caseId } = await clashOnReviewDate();
    const [question] = await listDecisions(a.db);
    if (!question) throw new Error('Expected a decision on PC A.');
    expect(await listDecisions(b.db)).toHaveLength(1);

    await settleDecision(a.ctx, question.id, { value: '2026-07-15' });
    expect(await listDecisions(a.db)).toHaveLength(0);
    await importOk(b, await exportToBytes(a));
    expect(await listDecisions(b.db)).toHaveLength(0);
    expect((await b.db.rows('cases').get(caseId))?.nextReviewDate).toBe('2026-07-15');
    await importOk(a, await exportToBytes(b));
    expect(await dataOf(a)).toEqual(await dataOf(b));
  });

  it('keeps the other value when a person chooses it, on both PCs', async () => {
    const { a, b, caseId } = await clashOnReviewDate();
    const [question] = await listDecisions(b.db);
    if (!question) throw new Error('Expected a decision on PC B.');
    await settleDecision(b.ctx, question.id, { keep: 'other' });
    await importOk(a, await exportToBytes(b));
    expect((await a.db.rows('cases').get(caseId))?.nextReviewDate).toBe(question.otherValue);
    expect(await listDecisions(a.db)).toHaveLength(0);
  });

  it('stays waiting when a third PC, unaware of the value set aside, changes the field later', async () => {
    const { a, b, caseId } = await clashOnReviewDate();
    const c = await makePc('pc-c', a.db.teamId, 'Cara Doyle');
    await importOk(c, await exportToBytes(b), { join: true });
    await updateRecord(c.ctx, 'cases', caseId, { nextReviewDate: '2026-08-01' });
    // C had B's value, never A's: its later change overwrites A's value unseen too, so A's question stays.
    await importOk(a, await exportToBytes(c));
    const questions = await listDecisions(a.db);
    expect(questions.map((question) => question.otherValue)).toContain('2026-05-01');
    expect((await a.db.rows('cases').get(caseId))?.nextReviewDate).toBe('2026-08-01');
  });

  it('is the same question on every PC that lost a value, and one answer clears it everywhere', async () => {
    const started = await caseOnTwoPcs();
    const { a, b, caseId } = started;
    const c = await joinPc(started, 'pc-c', 'Cara Doyle');
    // Three people set the review date, none having seen another's: C's is the latest and repeats A's.
    await updateRecord(a.ctx, 'cases', caseId, { nextReviewDate: '2026-01-01' });
    await updateRecord(b.ctx, 'cases', caseId, { nextReviewDate: '2026-03-01' });
    await updateRecord(c.ctx, 'cases', caseId, { nextReviewDate: '2026-01-01' });
    await importOk(b, await exportToBytes(a));
    await importOk(a, await exportToBytes(b));
    await importOk(a, await exportToBytes(c));
    await importOk(b, await exportToBytes(a));

    // Only B's date was overwritten unseen: both PCs ask about it, as one question, and nobody is asked to choose
    // between a date and the same date.
    const onA = await listDecisions(a.db);
    expect(onA.map((question) => question.otherValue)).toEqual(['2026-03-01']);
    expect((await listDecisions(b.db)).map((question) => question.id)).toEqual(
      onA.map((question) => question.id),
    );

    const [question] = onA;
    if (!question) throw new Error('Expected a question on PC A.');
    await settleDecision(a.ctx, question.id, { keep: 'other' });
    await importOk(b, await exportToBytes(a));
    expect(await listDecisions(b.db)).toEqual([]);
    expect((await b.db.rows('cases').get(caseId))?.nextReviewDate).toBe('2026-03-01');
  });

  it('is not asked again when the same files are brought in once more', async () => {
    const { a, b } = await clashOnReviewDate();
    await importOk(a, await exportToBytes(b));
    expect(await listDecisions(a.db)).toHaveLength(1);
  });
});

describe('a person who opens the same case on two PCs', () => {
  it('is not asked which visit counts: the later one simply does', async () => {
    const { a, b, caseId } = await clashOnReviewDate();
    const before = (await listDecisions(a.db)).length;
    await recordCaseVisit(a.ctx, caseId);
    await recordCaseVisit({ ...b.ctx, person: a.ctx.person }, caseId);
    const fromA = await exportToBytes(a);
    const fromB = await exportToBytes(b);
    await importOk(a, fromB);
    await importOk(b, fromA);
    expect(await listDecisions(a.db)).toHaveLength(before);
    expect(await dataOf(a)).toEqual(await dataOf(b));
  });
});

describe('a record deleted on one PC and brought back on another that had not seen it', () => {
  it('is a question a person can settle, and the answer travels', async () => {
    const { a, b, caseId } = await caseOnTwoPcs();
    await deleteRecord(a.ctx, 'cases', caseId);
    await deleteRecord(b.ctx, 'cases', caseId);
    await restoreRecord(b.ctx, 'cases', caseId);
    await importOk(a, await exportToBytes(b));
    const question = (await listDecisions(a.db)).find((decision) => decision.field === 'deleted');
    if (!question) throw new Error('Expected a question about the delete on PC A.');

    await settleDecision(a.ctx, question.id, { keep: 'other' });
    expect(await listDecisions(a.db)).toEqual([]);
    await importOk(b, await exportToBytes(a));
    expect((await b.db.rows('cases').get(caseId))?.deleted).toBe(question.otherValue);
    expect(await dataOf(a)).toEqual(await dataOf(b));
  });
});
