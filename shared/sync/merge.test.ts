import { describe, expect, it } from 'vitest';
import { mergeAppendOnly } from './appendOnly';
import { mergeRecord, type MergeContext } from './merge';
import { mergeTables } from './mergeTables';
import { TEST_TABLES, rewrite, stamp, stampedRecord } from './testRecords';
import { observeRecord, type VersionVectors } from './versionVector';

const ID = '7d9a4f3e-1c2b-4a5d-8e6f-0a1b2c3d4e5f';

function ctx(localVectors: VersionVectors = {}, incomingVectors: VersionVectors = {}): MergeContext {
  return { table: 'notes', area: 'cases', localVectors, incomingVectors };
}

describe('merging one record', () => {
  const base = stampedRecord(ID, stamp(100, 'pc-a'), { title: 'Review', tags: ['school'] });

  it('takes a record this PC has never seen as new', () => {
    const result = mergeRecord(undefined, base, ctx());
    expect(result.status).toBe('new');
    expect(result.record).toEqual(base);
    expect(result.needsWrite).toBe(true);
  });

  it('keeps the later write of each field, field by field', () => {
    const mine = rewrite(base, stamp(200, 'pc-a'), { title: 'Review meeting' });
    const theirs = rewrite(base, stamp(300, 'pc-b'), { tags: ['school', 'health'] });
    const result = mergeRecord(
      mine,
      theirs,
      ctx(observeRecord({}, 'cases', mine), observeRecord({}, 'cases', theirs)),
    );
    expect(result.record.title).toBe('Review meeting');
    expect(result.record.tags).toEqual(['school', 'health']);
    expect(result.changedFields).toEqual(['tags']);
    expect(result.status).toBe('changed');
    expect(result.conflicts).toEqual([]);
  });

  it('reports nothing changed when importing what it already has', () => {
    const result = mergeRecord(base, structuredClone(base), ctx());
    expect(result).toMatchObject({ status: 'unchanged', needsWrite: false, changedFields: [] });
    expect(result.record).toBe(base);
  });

  it('sets the losing value aside as a decision when two people changed a field without seeing each other', () => {
    const seenBase = observeRecord({}, 'cases', base);
    const mine = rewrite(base, stamp(200, 'pc-a'), { title: 'Mine' }, 'person-a');
    const theirs = rewrite(base, stamp(250, 'pc-b'), { title: 'Theirs' }, 'person-b');
    const result = mergeRecord(mine, theirs, ctx(observeRecord(seenBase, 'cases', mine), seenBase));
    expect(result.record.title).toBe('Theirs');
    const titleDecision = result.conflicts.find((decision) => decision.field === 'title');
    expect(titleDecision).toMatchObject({
      table: 'notes',
      recordId: ID,
      keptValue: 'Theirs',
      keptStamp: stamp(250, 'pc-b'),
      otherValue: 'Mine',
      otherStamp: stamp(200, 'pc-a'),
      otherBy: 'person-a',
    });
  });

  it('lets the later write win without asking anyone on a field the table marks as quiet', () => {
    const seenBase = observeRecord({}, 'cases', base);
    const mine = rewrite(base, stamp(200, 'pc-a'), { title: 'Mine' }, 'person-a');
    const theirs = rewrite(base, stamp(250, 'pc-b'), { title: 'Theirs' }, 'person-b');
    const result = mergeRecord(mine, theirs, {
      ...ctx(observeRecord(seenBase, 'cases', mine), seenBase),
      quietFields: new Set(['title']),
    });
    expect(result.record.title).toBe('Theirs');
    expect(result.conflicts).toEqual([]);
  });

  it('does not ask for a decision when the incoming side had already seen the local write', () => {
    const mine = rewrite(base, stamp(200, 'pc-a'), { title: 'Mine' });
    const theirs = rewrite(mine, stamp(250, 'pc-b'), { title: 'Theirs, after reading mine' });
    const result = mergeRecord(
      mine,
      theirs,
      ctx(observeRecord({}, 'cases', mine), observeRecord({}, 'cases', mine)),
    );
    expect(result.record.title).toBe('Theirs, after reading mine');
    expect(result.conflicts).toEqual([]);
  });

  it('does not ask for a decision when this PC had already seen the incoming write', () => {
    const theirs = rewrite(base, stamp(200, 'pc-b'), { title: 'Old from B' });
    const mine = rewrite(theirs, stamp(300, 'pc-a'), { title: 'Mine, after B' });
    const localSeen = observeRecord(observeRecord({}, 'cases', theirs), 'cases', mine);
    const result = mergeRecord(mine, theirs, ctx(localSeen, {}));
    expect(result.record.title).toBe('Mine, after B');
    expect(result.conflicts).toEqual([]);
    expect(result.needsWrite).toBe(false);
  });

  it('lets a stamped value beat a field that has no stamp', () => {
    const old = { ...base, stamps: { ...base.stamps } };
    delete old.stamps.tags;
    const stampedOnly = rewrite(base, stamp(50, 'pc-c'), { tags: ['police'] });
    expect(mergeRecord(old, stampedOnly, ctx()).record.tags).toEqual(['police']);
    expect(mergeRecord(stampedOnly, old, ctx()).record.tags).toEqual(['police']);
  });

  it('treats a delete as a write that a later restore undoes', () => {
    const deleted = rewrite(base, stamp(200, 'pc-a'), { deleted: true });
    const restored = rewrite(deleted, stamp(300, 'pc-b'), { deleted: false });
    expect(mergeRecord(deleted, restored, ctx()).record.deleted).toBe(false);
    expect(mergeRecord(restored, deleted, ctx()).record.deleted).toBe(false);
  });

  it('never copies a field named __proto__ into the merged record', () => {
    const hostile = JSON.parse(
      `{"id":"${ID}","stamps":{"__proto__":"${stamp(900, 'pc-x')}"},"__proto__":{"polluted":1}}`,
    );
    const result = mergeRecord(
      base,
      { ...base, ...hostile, stamps: { ...base.stamps, ...hostile.stamps } },
      ctx(),
    );
    expect(Object.getPrototypeOf(result.record)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('merging a batch of tables', () => {
  const person = stampedRecord('11111111-1111-4111-8111-111111111111', stamp(100, 'pc-a'), { name: 'Sam' });
  const note = stampedRecord(ID, stamp(100, 'pc-a'), { title: 'Review', tags: [], ownerId: null });

  it('counts new, changed and unchanged records and leaves areas outside the scope alone', () => {
    const renamed = rewrite(person, stamp(200, 'pc-b'), { name: 'Sam Jones' });
    const result = mergeTables(
      { people: [person], notes: [] },
      { people: [renamed], notes: [note] },
      {
        tables: TEST_TABLES,
        scope: ['team', 'directory'],
        localVectors: {},
        incomingVectors: {},
        now: 1_000,
      },
    );
    expect(result.tables.people?.counts).toEqual({ new: 0, changed: 1, unchanged: 0 });
    expect(result.tables.notes).toBeUndefined();
    expect(result.vectors.cases).toBeUndefined();
    expect(result.maxStamp).toBe(stamp(200, 'pc-b'));
  });

  it('lists a decision when a bundle overwrites a change it had not seen', () => {
    const mine = rewrite(note, stamp(200, 'pc-a'), { title: 'Mine' }, 'person-a');
    const theirs = rewrite(note, stamp(300, 'pc-b'), { title: 'Theirs' }, 'person-b');
    const result = mergeTables(
      { notes: [mine] },
      { notes: [theirs] },
      {
        tables: TEST_TABLES,
        scope: ['team', 'cases'],
        localVectors: observeRecord({}, 'cases', note),
        incomingVectors: observeRecord({}, 'cases', theirs),
        now: 1_000,
      },
    );
    expect(
      result.decisions.map((decision) => [decision.field, decision.otherValue, decision.otherBy]),
    ).toEqual([['title', 'Mine', 'person-a']]);
    expect(result.tables.notes?.upserts[0]?.title).toBe('Theirs');
  });

  it("does not mistake this PC's own older write coming back for a clash, even if its vectors missed it", () => {
    const first = rewrite(note, stamp(200, 'pc-a'), { title: 'First' });
    const second = rewrite(first, stamp(300, 'pc-a'), { title: 'Second' });
    const result = mergeTables(
      { notes: [second] },
      { notes: [first] },
      {
        tables: TEST_TABLES,
        scope: ['cases'],
        localVectors: {},
        incomingVectors: {},
        now: 1_000,
      },
    );
    expect(result.decisions).toEqual([]);
    expect(result.tables.notes?.counts).toEqual({ new: 0, changed: 0, unchanged: 1 });
  });

  it('reports stamps far in the future, naming the device that wrote them', () => {
    const day = 24 * 60 * 60 * 1000;
    const ahead = rewrite(person, stamp(2 * day, 'pc-wrong-clock'), { name: 'Sam' });
    const result = mergeTables(
      {},
      { people: [ahead] },
      {
        tables: TEST_TABLES,
        scope: ['directory'],
        localVectors: {},
        incomingVectors: {},
        now: 0,
      },
    );
    expect(result.futureStamps).toEqual([
      { device: 'pc-wrong-clock', stamp: stamp(2 * day, 'pc-wrong-clock'), wallTime: 2 * day },
    ]);
    expect(
      mergeTables(
        {},
        { people: [ahead] },
        { tables: TEST_TABLES, scope: ['directory'], localVectors: {}, incomingVectors: {}, now: day + 1 },
      ).futureStamps,
    ).toEqual([]);
  });
});

describe('merging the change history', () => {
  it('adds only rows it does not hold and never overwrites one', () => {
    const held = new Set(['a']);
    const result = mergeAppendOnly(held, [
      { id: 'a', text: 'changed copy' },
      { id: 'b', text: 'new' },
      { id: 'b', text: 'duplicate' },
    ]);
    expect(result.added).toEqual([{ id: 'b', text: 'new' }]);
    expect(result.alreadyHeld).toBe(2);
  });
});
