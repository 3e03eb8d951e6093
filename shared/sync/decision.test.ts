import { describe, expect, it } from 'vitest';
import { addDecisions, decisionId, stillToDecide, type Decision } from './decision';
import { stamp } from './testRecords';

/** Ana's review date (kept) and Ben's (set aside), written on two PCs that had not seen each other's. */
function makeDecision(overrides: Partial<Decision> = {}): Decision {
  const otherStamp = overrides.otherStamp ?? stamp(150, 'pc-b');
  return {
    id: decisionId('cases', 'case-1', 'nextReviewDate', otherStamp),
    table: 'cases',
    recordId: 'case-1',
    field: 'nextReviewDate',
    keptValue: '2026-03-01',
    keptStamp: stamp(200, 'pc-a'),
    otherValue: '2026-05-01',
    otherStamp,
    otherBy: 'ben',
    otherAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const nobodyKnew = () => false;

describe('a difference waiting for a decision', () => {
  it('asks the same while nothing newer than both values has been written', () => {
    const decision = makeDecision();
    expect(stillToDecide(decision, { stamp: decision.keptStamp, value: '2026-03-01' }, nobodyKnew)).toEqual([
      decision,
    ]);
    expect(stillToDecide(decision, undefined, nobodyKnew)).toEqual([decision]);
  });

  it('is settled by a newer value from someone who knew of it', () => {
    const decision = makeDecision();
    const knew = (id: string) => id === decision.id;
    expect(stillToDecide(decision, { stamp: stamp(300, 'pc-c'), value: '2026-08-01' }, knew)).toEqual([]);
  });

  it('keeps asking about the set-aside value when a PC that never had it writes a newer one', () => {
    const decision = makeDecision();
    const left = stillToDecide(decision, { stamp: stamp(300, 'pc-c'), value: '2026-03-01' }, nobodyKnew);
    expect(left).toEqual([{ ...decision, keptValue: '2026-03-01', keptStamp: stamp(300, 'pc-c') }]);
  });

  it('asks nothing once the field holds the set-aside value again and the kept one is repeated', () => {
    const decision = makeDecision({ keptValue: '2026-05-01' });
    expect(stillToDecide(decision, { stamp: stamp(300, 'pc-c'), value: '2026-05-01' }, nobodyKnew)).toEqual(
      [],
    );
  });

  it('turns into the question about the once-kept value when a newer write repeats the set-aside one', () => {
    const decision = makeDecision();
    const [left, ...more] = stillToDecide(
      decision,
      { stamp: stamp(300, 'pc-c'), value: '2026-05-01' },
      nobodyKnew,
    );
    expect(more).toEqual([]);
    // The same question, under the same name, as a PC that saw Ana's date lose to the newer write would ask.
    expect(left).toMatchObject({
      id: decisionId('cases', 'case-1', 'nextReviewDate', stamp(200, 'pc-a')),
      keptValue: '2026-05-01',
      otherValue: '2026-03-01',
      otherStamp: stamp(200, 'pc-a'),
    });
  });

  it('asks about each value a newer unseen write overwrote, once for each', () => {
    const decision = makeDecision();
    const left = stillToDecide(decision, { stamp: stamp(300, 'pc-c'), value: '2026-12-31' }, nobodyKnew);
    expect(left.map((question) => question.otherValue).sort()).toEqual(['2026-03-01', '2026-05-01']);
  });

  it('is listed once when the same file is brought in again', () => {
    const decision = makeDecision();
    const now = { stamp: decision.keptStamp, value: decision.keptValue };
    const list = addDecisions([decision], [structuredClone(decision)], () => now);
    expect(list).toHaveLength(1);
    expect(addDecisions(list, [], () => ({ stamp: stamp(999, 'pc-c'), value: 'x' }))).toEqual([]);
  });

  it('is listed once when two PCs that lost the same value pass it on', () => {
    const lostOnB = makeDecision();
    const laterNow = { stamp: stamp(300, 'pc-c'), value: '2026-03-01' };
    const foundAgain = { ...lostOnB, keptValue: '2026-03-01', keptStamp: laterNow.stamp };
    expect(addDecisions([lostOnB], [foundAgain], () => laterNow, nobodyKnew)).toEqual([foundAgain]);
  });
});
