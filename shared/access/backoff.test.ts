import { describe, expect, it } from 'vitest';
import { NO_TRIES, afterWrongTry, describeWait, waitAfter, waitLeft } from './backoff';

describe('slowing down wrong PIN tries', () => {
  it('lets the first three wrong tries go without a wait', () => {
    let record = NO_TRIES;
    for (let count = 0; count < 2; count += 1) record = afterWrongTry(record, 1_000);
    expect(waitLeft(record, 1_000)).toBe(0);
  });

  it('makes each later wrong try wait longer: 5 s, 15 s, 1 min, 5 min, then 15 min every time', () => {
    expect([3, 4, 5, 6, 7, 12].map(waitAfter)).toEqual([5_000, 15_000, 60_000, 300_000, 900_000, 900_000]);
  });

  it('counts the wait from the last wrong try', () => {
    let record = NO_TRIES;
    for (let count = 0; count < 4; count += 1) record = afterWrongTry(record, 10_000);
    expect(waitLeft(record, 10_000)).toBe(15_000);
    expect(waitLeft(record, 20_000)).toBe(5_000);
    expect(waitLeft(record, 30_000)).toBe(0);
  });

  it('says how long is left in plain words', () => {
    expect(describeWait(4_200)).toBe('5 seconds');
    expect(describeWait(1_000)).toBe('1 second');
    expect(describeWait(60_000)).toBe('1 minute');
    expect(describeWait(270_000)).toBe('4 minutes and 30 seconds');
  });
});
