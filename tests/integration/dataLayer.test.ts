import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../shared/domain/registry';
import { listDecisions, settleDecision } from '../../renderer/db/decisions';
import { readVersionVectors, recordSeenVectors } from '../../renderer/db/meta';
import { openTeamDb } from '../../renderer/db/teamDb';
import { createDemoTeam } from '../../renderer/db/teams';
import {
  createRecord,
  deleteRecord,
  loadClock,
  makeWriteContext,
  restoreRecord,
  updateRecord,
} from '../../renderer/db/writer';
import { makeTestTeam } from '../factories/testTeam';

type Step =
  | { kind: 'update'; field: 'displayName' | 'nextReviewDate' | 'concerns'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'restore' };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('update' as const),
    field: fc.constant('displayName' as const),
    value: fc.constantFrom('Child A.', 'Child B.', ''),
  }),
  fc.record({
    kind: fc.constant('update' as const),
    field: fc.constant('nextReviewDate' as const),
    value: fc.constantFrom('2026-03-01', '2026-04-01', null, 'not a date'),
  }),
  fc.record({
    kind: fc.constant('update' as const),
    field: fc.constant('concerns' as const),
    value: fc.constantFrom(['safe'], ['safe', 'healthy'], ['unknown']),
  }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('restore' as const) }),
);

describe('the data layer, end to end on one PC', () => {
  it('keeps records valid, stamps rising and one audit row per saved change, whatever people do', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { maxLength: 12 }), async (steps) => {
        const { db, ctx, columnIds } = await makeTestTeam();
        const caseId = await createRecord(ctx, 'cases', {
          reference: 'JU-0001',
          columnId: columnIds[0] ?? '',
          openedAt: '2026-01-01',
        });
        let saved = 0;
        for (const step of steps) {
          try {
            const changed =
              step.kind === 'update'
                ? await updateRecord(ctx, 'cases', caseId, { [step.field]: step.value })
                : step.kind === 'delete'
                  ? await deleteRecord(ctx, 'cases', caseId)
                  : await restoreRecord(ctx, 'cases', caseId);
            if (changed) saved += 1;
          } catch {
            // Refused changes (bad values, changing a deleted case) must leave no trace; checked below.
          }
        }
        const audit = await db.audit.where('[table+recordId]').equals(['cases', caseId]).sortBy('stamp');
        expect(audit).toHaveLength(saved + 1);
        const stamps = audit.map((row) => row.stamp);
        expect(new Set(stamps).size).toBe(stamps.length);
        const row = await db.rows('cases').get(caseId);
        expect(TABLES.find((def) => def.name === 'cases')?.schema.safeParse(row).success).toBe(true);
        const latest = stamps.at(-1);
        expect(row?.stamps['updatedAt']).toBe(latest);
        expect((await readVersionVectors(db)).cases?.['test-device']).toBe(latest);
        db.close();
      }),
      { numRuns: 25 },
    );
    // Twenty-five runs, each through the whole write path with every record sealed: seconds on a busy machine.
  }, 30_000);

  it('settles a difference by keeping the other value, stamped anew so the decision travels', async () => {
    const { db, ctx, columnIds } = await makeTestTeam();
    const caseId = await createRecord(ctx, 'cases', {
      reference: 'JU-0002',
      columnId: columnIds[1] ?? '',
      openedAt: '2026-01-01',
      nextReviewDate: '2026-05-01',
    });
    const before = await db.rows('cases').get(caseId);
    const otherStamp = '001700000000000-000000-other-pc';
    await db.decisions.add({
      id: crypto.randomUUID(),
      table: 'cases',
      recordId: caseId,
      field: 'nextReviewDate',
      keptValue: '2026-05-01',
      keptStamp: before?.stamps['nextReviewDate'] ?? '',
      otherValue: '2026-06-15',
      otherStamp,
      otherBy: 'someone-else',
      otherAt: '2023-11-14T22:13:20.000Z',
      bundleId: null,
      foundAt: new Date().toISOString(),
    });
    const [decision] = await listDecisions(db);
    await settleDecision(ctx, decision?.id ?? '', { keep: 'other' });
    const after = await db.rows('cases').get(caseId);
    expect(after?.nextReviewDate).toBe('2026-06-15');
    expect((after?.stamps['nextReviewDate'] ?? '') > (before?.stamps['nextReviewDate'] ?? '')).toBe(true);
    expect(await listDecisions(db)).toEqual([]);
    const settled = await db.audit.where('action').equals('settle').toArray();
    expect(settled[0]?.changes).toEqual([
      { field: 'nextReviewDate', before: '2026-05-01', after: '2026-06-15' },
    ]);
    await expect(settleDecision(ctx, decision?.id ?? '', { keep: 'current' })).rejects.toThrow(
      'already been settled',
    );
  });

  it('moves the clock past stamps seen in an import, even from a PC whose clock runs fast', async () => {
    const { db, ctx } = await makeTestTeam();
    const future = '009999999999999-000000-fast-pc';
    await db.transaction('rw', ['meta'], async () => {
      await recordSeenVectors(db, { directory: { 'fast-pc': future } });
    });
    const restarted = await loadClock(db, ctx.deviceId);
    expect(restarted.now() > future).toBe(true);
    expect((await readVersionVectors(db)).directory?.['fast-pc']).toBe(future);
    expect((await readVersionVectors(db)).team?.['test-device']).toBeDefined();
  });

  // Generating the demo team and sealing each of its records takes seconds on a busy two-core machine.
  it(
    'loads a demo team whose every row passes its schema, then accepts a signed change on it',
    { timeout: 20_000 },
    async () => {
      const { teamId, personId } = await createDemoTeam({ seed: 11 });
      const db = openTeamDb(teamId);
      for (const def of TABLES) {
        for (const row of await db.table(def.name).toArray())
          expect(def.schema.safeParse(row).success).toBe(true);
      }
      const ctx = await makeWriteContext(db, 'pc-gamma', { id: personId, name: 'Team leader' });
      const anyCase = await db.rows('cases').toCollection().first();
      await updateRecord(ctx, 'cases', anyCase?.id ?? '', { concerns: ['included'] });
      expect((await db.rows('cases').get(anyCase?.id ?? ''))?.updatedBy).toBe(personId);
    },
  );
});
