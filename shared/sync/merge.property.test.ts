/**
 * Random histories: three or four PCs, each with its own clock (and its own wrong wall clock that may jump back),
 * write to a few shared records in two areas, delete, restore and remove them for good, and swap bundles, some
 * carrying only one area, at random moments. Whatever happens, the merge must converge, keep every field's newest
 * write (a record removed for good stays removed, its personal fields empty) and never silently lose a value that
 * was overwritten without being seen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision } from './decision';
import { HybridClock, type Hlc } from './hlc';
import { mergeRecord } from './merge';
import { mergeTables } from './mergeTables';
import { isPurged, purgeClearsOf } from './purge';
import type { SyncedRecord } from './record';
import { TEST_TABLES, stamp, stampedRecord } from './testRecords';
import { deepEqual } from './values';
import { observeRecord, restrictVectors, type VersionVectors } from './versionVector';
import type { Area, TableDef } from '../domain/tableDef';

const RECORDS = [
  { id: 'a0000000-0000-4000-8000-000000000001', table: 'notes', area: 'cases' },
  { id: 'a0000000-0000-4000-8000-000000000002', table: 'notes', area: 'cases' },
  { id: 'a0000000-0000-4000-8000-000000000003', table: 'people', area: 'directory' },
] as const;
const TABLE_OF = new Map<string, (typeof RECORDS)[number]>(RECORDS.map((record) => [record.id, record]));
const FIELD_VALUES: Record<string, readonly unknown[]> = {
  title: ['Review', 'Plan', 'Visit'],
  tags: [[], ['school'], ['school', 'health']],
  deleted: [false, true, false],
  name: ['Sam', 'Sam Patel', 'Alex'],
};
const FIELDS_OF: Record<string, readonly string[]> = {
  notes: ['title', 'tags', 'deleted'],
  people: ['name', 'deleted'],
};
const FULL_SCOPE: readonly Area[] = ['team', 'directory', 'cases'];

type State = Map<string, SyncedRecord>;

interface Write {
  key: string;
  area: Area;
  value: unknown;
  stamp: Hlc;
  /** Every write the PC had seen when it made this one. */
  history: ReadonlySet<number>;
}

interface Device {
  clock: HybridClock;
  state: State;
  vectors: VersionVectors;
  seen: Set<number>;
  decisions: Decision[];
}

interface Bundle {
  rows: Record<string, SyncedRecord[]>;
  vectors: VersionVectors;
  scope: readonly Area[];
}

const writeOp = fc.record({
  kind: fc.constant('write' as const),
  device: fc.nat(3),
  record: fc.nat(RECORDS.length - 1),
  field: fc.nat(2),
  value: fc.nat(2),
  advance: fc.integer({ min: -30, max: 40 }),
});
const purgeOp = fc.record({
  kind: fc.constant('purge' as const),
  device: fc.nat(3),
  record: fc.nat(RECORDS.length - 1),
  advance: fc.integer({ min: -30, max: 40 }),
});
const syncOp = fc.record({
  kind: fc.constant('sync' as const),
  from: fc.nat(3),
  to: fc.nat(3),
  scope: fc.constantFrom<readonly Area[]>(FULL_SCOPE, ['team', 'directory'], ['team', 'cases']),
});
const scenario = fc.record({
  deviceCount: fc.integer({ min: 3, max: 4 }),
  skews: fc.array(fc.integer({ min: -60, max: 60 }), { minLength: 4, maxLength: 4 }),
  ops: fc.array(
    fc.oneof(
      { weight: 6, arbitrary: writeOp },
      { weight: 2, arbitrary: purgeOp },
      { weight: 4, arbitrary: syncOp },
    ),
    { maxLength: 40 },
  ),
});

function genesis(): State {
  return new Map(
    RECORDS.map(({ id, table }) => [
      id,
      stampedRecord(
        id,
        stamp(1, 'pc-0'),
        table === 'notes' ? { title: 'Review', tags: [] } : { name: 'Sam' },
      ),
    ]),
  );
}

function rowsByTable(state: State): Record<string, SyncedRecord[]> {
  const rows: Record<string, SyncedRecord[]> = { notes: [], people: [] };
  for (const row of state.values()) rows[TABLE_OF.get(row.id)?.table ?? '']?.push(row);
  return rows;
}

function importBundle(device: Device, bundle: Bundle): void {
  const result = mergeTables(rowsByTable(device.state), bundle.rows, {
    tables: TEST_TABLES,
    scope: bundle.scope,
    localVectors: device.vectors,
    incomingVectors: bundle.vectors,
    now: 0,
    futureToleranceMs: Number.MAX_SAFE_INTEGER,
  });
  for (const summary of Object.values(result.tables))
    for (const row of summary.upserts) device.state.set(row.id, row);
  device.vectors = result.vectors;
  device.decisions.push(...result.decisions);
  if (result.maxStamp) device.clock.receive(result.maxStamp);
}

function bundleOf(device: Device, scope: readonly Area[]): Bundle {
  const rows = rowsByTable(device.state);
  const carried = TEST_TABLES.filter((def) => scope.includes(def.area)).map((def) => [
    def.name,
    rows[def.name] ?? [],
  ]);
  return {
    rows: structuredClone(Object.fromEntries(carried)),
    vectors: restrictVectors(structuredClone(device.vectors), scope),
    scope,
  };
}

/** Record state only: what merge promises to be order-independent (decisions are extra information). */
function mergeStates(a: State, b: State): State {
  const out = new Map(a);
  for (const [id, row] of b) {
    const table = TABLE_OF.get(id)?.table ?? 'notes';
    out.set(
      id,
      mergeRecord(out.get(id), row, {
        table,
        area: TABLE_OF.get(id)?.area ?? 'cases',
        localVectors: {},
        incomingVectors: {},
        purgeClears: purgeClearsOf(defOf(table)),
      }).record,
    );
  }
  return out;
}

function defOf(table: string): TableDef {
  const def = TEST_TABLES.find((candidate) => candidate.name === table);
  if (!def) throw new Error(`No test table ${table}.`);
  return def;
}

function sameState(a: State, b: State): boolean {
  return a.size === b.size && [...a].every(([id, row]) => deepEqual(row, b.get(id)));
}

type Scenario = typeof scenario extends fc.Arbitrary<infer Value> ? Value : never;

function run(input: Scenario) {
  let time = 1_000;
  const start = genesis();
  const startVectors = [...start.values()].reduce<VersionVectors>(
    (vv, row) => observeRecord(vv, TABLE_OF.get(row.id)?.area ?? 'cases', row),
    {},
  );
  const devices: Device[] = Array.from({ length: input.deviceCount }, (_, index) => ({
    clock: new HybridClock(`pc-${index + 1}`, () => time + (input.skews[index] ?? 0)),
    state: new Map(start),
    vectors: startVectors,
    seen: new Set<number>(),
    decisions: [],
  }));
  const writes: Write[] = [];
  const bundles: Bundle[] = [];
  const purged = new Set<string>();
  for (const op of input.ops) {
    if (op.kind === 'write') {
      time += op.advance;
      const device = devices[op.device % devices.length];
      const target = RECORDS[op.record];
      const before = target === undefined ? undefined : device?.state.get(target.id);
      const fields = FIELDS_OF[target?.table ?? ''] ?? [];
      const field = fields[op.field % fields.length];
      // The app changes nothing of a record removed for good (though a PC that has not seen the removal may).
      if (!device || !before || !target || field === undefined || isPurged(before)) continue;
      const at = device.clock.now();
      const value = structuredClone(FIELD_VALUES[field]?.[op.value]);
      const by = `person-${op.device}`;
      const row: SyncedRecord = {
        ...before,
        [field]: value,
        updatedBy: by,
        updatedAt: new Date(time).toISOString(),
        stamps: { ...before.stamps, [field]: at, updatedBy: at, updatedAt: at },
      };
      device.state.set(row.id, row);
      device.vectors = observeRecord(device.vectors, target.area, row);
      writes.push({
        key: `${row.id}/${field}`,
        area: target.area,
        value,
        stamp: at,
        history: new Set(device.seen),
      });
      device.seen.add(writes.length - 1);
    } else if (op.kind === 'purge') {
      time += op.advance;
      const device = devices[op.device % devices.length];
      const target = RECORDS[op.record];
      const before = target === undefined ? undefined : device?.state.get(target.id);
      // A person deletes the record (if it is live) and removes it for good; the purge stamps both.
      if (!device || !before || !target || isPurged(before)) continue;
      const at = device.clock.now();
      const clears = purgeClearsOf(defOf(target.table));
      const cleared = ['deleted', 'purged', 'updatedBy', 'updatedAt', ...Object.keys(clears)];
      const row: SyncedRecord = {
        ...before,
        ...structuredClone(clears),
        deleted: true,
        purged: true,
        updatedBy: `person-${op.device}`,
        updatedAt: new Date(time).toISOString(),
        stamps: { ...before.stamps, ...Object.fromEntries(cleared.map((field) => [field, at])) },
      };
      device.state.set(row.id, row);
      device.vectors = observeRecord(device.vectors, target.area, row);
      purged.add(row.id);
    } else {
      const from = devices[op.from % devices.length];
      const to = devices[op.to % devices.length];
      if (!from || !to || from === to) continue;
      const bundle = bundleOf(from, op.scope);
      bundles.push(bundle);
      importBundle(to, bundle);
      // A scoped bundle passes on only what it carries.
      for (const seen of from.seen) if (op.scope.includes(writes[seen]?.area ?? 'team')) to.seen.add(seen);
    }
  }
  const snapshots = devices.map((device) => new Map(device.state));
  // Everyone swaps with everyone, twice round, so every PC ends up having seen everything.
  for (let round = 0; round < 2; round += 1) {
    for (const from of devices)
      for (const to of devices) if (from !== to) importBundle(to, bundleOf(from, FULL_SCOPE));
  }
  return { devices, writes, bundles, snapshots, start, purged };
}

describe('merging random histories from several PCs', () => {
  it('ends with every PC holding the same records, each field at its newest write, overwritten values kept', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { devices, writes, purged } = run(input);
        const [first, ...rest] = devices;
        if (!first) return;
        for (const other of rest) expect(sameState(other.state, first.state)).toBe(true);

        // Removed for good anywhere means removed for good everywhere: deleted, personal fields empty.
        for (const id of purged) {
          const row = first.state.get(id);
          const clears = purgeClearsOf(defOf(TABLE_OF.get(id)?.table ?? 'notes'));
          expect(row).toMatchObject({ ...clears, deleted: true, purged: true });
        }

        const decisions = devices.flatMap((device) => device.decisions);
        const byKey = new Map<string, Write[]>();
        for (const write of writes) byKey.set(write.key, [...(byKey.get(write.key) ?? []), write]);
        for (const [key, onField] of byKey) {
          const [id = '', field = ''] = key.split('/');
          if (purged.has(id)) {
            const clears = purgeClearsOf(defOf(TABLE_OF.get(id)?.table ?? 'notes'));
            if (field === 'deleted' || Object.hasOwn(clears, field)) continue;
          }
          const newest = onField.reduce((a, b) => (a.stamp > b.stamp ? a : b));
          const row = first.state.get(id);
          expect(row?.[field]).toEqual(newest.value);
          expect(row?.stamps[field]).toBe(newest.stamp);
          // Writes that no later write on the same field had seen: the ones that were overwritten unseen.
          const indexes = new Set(onField.map((write) => writes.indexOf(write)));
          const frontier = onField.filter(
            (write) => !onField.some((other) => other !== write && other.history.has(writes.indexOf(write))),
          );
          expect(indexes.size).toBe(onField.length);
          for (const write of frontier) {
            // Nothing about a record removed for good is left for anyone to decide.
            if (purged.has(id)) continue;
            if (write === newest || deepEqual(write.value, newest.value)) continue;
            // The same value written on another PC and seen by the newest writer was knowingly replaced: nothing
            // of it is lost, so the merge rightly asks nobody to decide about it.
            const sameValueSeen = onField.some(
              (other) => deepEqual(other.value, write.value) && newest.history.has(writes.indexOf(other)),
            );
            if (sameValueSeen) continue;
            const listed = decisions.some(
              (decision) =>
                decision.recordId === id &&
                decision.field === field &&
                deepEqual(decision.otherValue, write.value),
            );
            expect(
              listed,
              `the overwritten value ${JSON.stringify(write.value)} of ${field} is waiting for a decision`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same records whatever order the bundles are imported in, and importing twice changes nothing', () => {
    fc.assert(
      fc.property(
        scenario.chain((input) => {
          const { bundles } = run(input);
          return fc.tuple(fc.constant(bundles), fc.shuffledSubarray(bundles, { minLength: bundles.length }));
        }),
        ([bundles, shuffled]) => {
          const apply = (order: Bundle[]) =>
            order.reduce<State>(
              (state, bundle) =>
                mergeStates(
                  state,
                  new Map(Object.values(bundle.rows).flatMap((rows) => rows.map((row) => [row.id, row]))),
                ),
              new Map(),
            );
          const inOrder = apply(bundles);
          expect(sameState(apply(shuffled), inOrder)).toBe(true);
          expect(sameState(apply([...bundles, ...bundles]), inOrder)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is commutative, associative and idempotent on the records', () => {
    fc.assert(
      fc.property(
        scenario.chain((input) => {
          const { snapshots } = run(input);
          return fc.tuple(
            fc.constantFrom(...snapshots),
            fc.constantFrom(...snapshots),
            fc.constantFrom(...snapshots),
          );
        }),
        ([a, b, c]) => {
          expect(sameState(mergeStates(a, b), mergeStates(b, a))).toBe(true);
          expect(sameState(mergeStates(mergeStates(a, b), c), mergeStates(a, mergeStates(b, c)))).toBe(true);
          expect(sameState(mergeStates(a, a), a)).toBe(true);
          const once = mergeStates(a, b);
          expect(sameState(mergeStates(once, b), once)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
