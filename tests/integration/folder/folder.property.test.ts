/**
 * Random days in a team office: three to six PCs, each changing a few shared cases and people through the real
 * write path and reading the team folder at random moments, while a simulated sync tool delivers files late, in
 * any order, half-written, duplicated, as conflict copies, busy, and tidied away under a reader's feet. However it
 * goes, once the folder settles every PC holds the same data, every field holds its newest write, every value that
 * was overwritten without being seen waits for a decision, and no file was ever written by two PCs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listDecisions } from '../../../renderer/db/decisions';
import { createRecord, updateRecord } from '../../../renderer/db/writer';
import type { FolderTeamSide } from '../../../shared/folder/engine';
import { UNRULY } from '../../../shared/folder/memoryFolder';
import type { SyncedRecord } from '../../../shared/sync/record';
import { deepEqual } from '../../../shared/sync/values';
import { hasSeen } from '../../../shared/sync/versionVector';
import { readVersionVectors } from '../../../renderer/db/meta';
import { dataOf, joinPc, startTeam, type Pc } from '../sync/harness';
import { round, settle, sharedFolder, type FolderPc } from './folderHarness';

const FIELDS = [
  { table: 'cases', field: 'displayName', values: ['Child A.', 'Child B.', 'Child C.'] },
  { table: 'cases', field: 'nextReviewDate', values: ['2026-03-01', '2026-04-01', '2026-05-01'] },
  { table: 'members', field: 'roleTitle', values: ['Lead', 'Support', 'Link worker'] },
] as const;

const action = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      pc: fc.nat(5),
      record: fc.nat(2),
      field: fc.nat(FIELDS.length - 1),
      value: fc.nat(2),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('round' as const), pc: fc.nat(5) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('deliver' as const), count: fc.integer({ min: 1, max: 6 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('pass' as const), ms: fc.integer({ min: 500, max: 40_000 }) }),
  },
);

const scenario = fc.record({
  pcCount: fc.integer({ min: 3, max: 6 }),
  seed: fc.integer(),
  actions: fc.array(action, { minLength: 10, maxLength: 45 }),
});

interface Write {
  key: string;
  table: 'cases' | 'members';
  id: string;
  field: string;
  value: string;
  stamp: string;
  /** Every write the PC had seen when it made this one. */
  history: ReadonlySet<number>;
}

/** A seeded random source, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 0x100000000;
  };
}

/**
 * Follows what each PC knows independently of the app's own version vectors: a file carries what its writer knew
 * when it made the file, and a PC that brings a file in knows that from then on.
 */
function trackKnowledge(pc: FolderPc, known: Map<string, Set<number>>, carried: Map<string, Set<number>>) {
  const side: FolderTeamSide = Reflect.get(pc.engine, 'options').side;
  const mine = () => known.get(pc.name) ?? new Set<number>();
  const makeFile = side.makeFile.bind(side);
  const bringIn = side.bringIn.bind(side);
  side.makeFile = async (request) => {
    const snapshot = new Set(mine());
    const made = await makeFile(request);
    carried.set(made.bundleId, snapshot);
    return made;
  };
  side.bringIn = async (bytes) => {
    const outcome = await bringIn(bytes);
    if (outcome.kind === 'applied' || outcome.kind === 'alreadyReceived') {
      for (const seen of carried.get(outcome.facts.bundleId) ?? []) mine().add(seen);
    }
    return outcome;
  };
}

/**
 * A PC claims (in its version vectors, which its files carry) only what it holds: every write it says it has seen
 * is in its data, or overwritten there by a later one. Files read out of order must never make it claim more,
 * or another PC would take an overwrite for a knowing one, and tidy away a file still needed.
 */
async function expectHonest(pc: FolderPc, writes: readonly Write[]): Promise<void> {
  const vectors = await readVersionVectors(pc.db);
  for (const write of writes) {
    if (!hasSeen(vectors, write.table === 'cases' ? 'cases' : 'directory', write.stamp)) continue;
    const row: SyncedRecord | undefined = await pc.db.table(write.table).get(write.id);
    const held = row?.stamps[write.field] ?? '';
    expect(held >= write.stamp, `${pc.name} holds the ${write.field} it claims to have seen`).toBe(true);
  }
}

describe('PCs sharing a team folder through an unruly sync tool', () => {
  it('always end with the same data, nothing lost, every unseen overwrite waiting for a decision', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ pcCount, seed, actions }) => {
        const random = seeded(seed);
        const started = await startTeam();
        const caseIds: string[] = [];
        for (const reference of ['JU-0001', 'JU-0002', 'JU-0003']) {
          caseIds.push(
            await createRecord(started.a.ctx, 'cases', {
              reference,
              columnId: started.columnIds[0] ?? '',
              openedAt: '2026-01-05',
            }),
          );
        }
        const plain: Pc[] = [started.a];
        for (let index = 1; index < pcCount; index += 1) {
          plain.push(await joinPc(started, `pc-${index}`, `Person ${index}`));
        }
        const shared = sharedFolder(random, UNRULY);
        const pcs: FolderPc[] = [];
        for (const pc of plain) pcs.push(await shared.join(pc));
        // Everyone starts from the same place: the joins above were made with files carried by hand.
        await settle(shared, pcs, 20);

        const known = new Map(pcs.map((pc) => [pc.name, new Set<number>()]));
        const carried = new Map<string, Set<number>>();
        for (const pc of pcs) trackKnowledge(pc, known, carried);
        const memberIds = pcs.map((pc) => pc.ctx.person.id);
        const writes: Write[] = [];

        for (const step of actions) {
          if (step.kind === 'deliver') shared.cloud.deliver(step.count);
          else if (step.kind === 'pass') shared.pass(step.ms);
          else {
            const pc = pcs[step.pc % pcs.length];
            if (!pc) continue;
            if (step.kind === 'round') {
              await round(pc);
              await expectHonest(pc, writes);
              continue;
            }
            const target = FIELDS[step.field] ?? FIELDS[0];
            const id =
              target.table === 'cases'
                ? caseIds[step.record % caseIds.length]
                : memberIds[step.record % memberIds.length];
            if (!id) continue;
            const value = target.values[step.value] ?? target.values[0];
            const changed = await updateRecord(pc.ctx, target.table, id, { [target.field]: value });
            if (!changed) continue;
            const row = await pc.db.table(target.table).get(id);
            const mine = known.get(pc.name) ?? new Set<number>();
            writes.push({
              key: `${target.table}/${id}/${target.field}`,
              table: target.table,
              id,
              field: target.field,
              value,
              stamp: String(row?.stamps?.[target.field] ?? ''),
              history: new Set(mine),
            });
            mine.add(writes.length - 1);
          }
        }
        await settle(shared, pcs, 30);
        for (const pc of pcs) await expectHonest(pc, writes);

        const [first, ...rest] = pcs;
        if (!first) return;
        const data = await dataOf(first);
        for (const other of rest) expect(await dataOf(other)).toEqual(data);

        for (const [name, writers] of shared.cloud.writers) {
          expect(writers.size, `${name} was written by one PC only`).toBe(1);
        }

        const decisions = (await Promise.all(pcs.map((pc) => listDecisions(pc.db)))).flat();
        const byKey = new Map<string, Write[]>();
        for (const write of writes) byKey.set(write.key, [...(byKey.get(write.key) ?? []), write]);
        for (const [key, onField] of byKey) {
          const [table = '', id = '', field = ''] = key.split('/');
          const newest = onField.reduce((a, b) => (a.stamp > b.stamp ? a : b));
          const row = (await first.db.table(table).get(id)) as Record<string, unknown> | undefined;
          expect(row?.[field], `${key} holds its newest write`).toEqual(newest.value);
          for (const write of onField) {
            if (write === newest || deepEqual(write.value, newest.value)) continue;
            if (onField.some((other) => other.history.has(writes.indexOf(write)))) continue;
            const sameValueSeen = onField.some(
              (other) => other.value === write.value && newest.history.has(writes.indexOf(other)),
            );
            if (sameValueSeen) continue;
            const listed = decisions.some(
              (decision) =>
                decision.recordId === id && decision.field === field && decision.otherValue === write.value,
            );
            expect(listed, `the overwritten ${field} "${write.value}" waits for a decision`).toBe(true);
          }
        }
      }),
      { numRuns: Number(process.env.FOLDER_PROPERTY_RUNS ?? 6) },
    );
  }, 600_000);
});
