import { describe, expect, it } from 'vitest';
import {
  ClockExhaustedError,
  HLC_ZERO,
  HybridClock,
  MAX_STAMP_WALL,
  formatHlc,
  hlcDevice,
  hlcWallTime,
  isHlc,
  maxHlc,
  parseHlc,
} from './hlc';

function fakeWall(start: number) {
  let time = start;
  return {
    read: () => time,
    set: (next: number) => {
      time = next;
    },
  };
}

describe('the hybrid clock', () => {
  it('gives stamps that sort in the order they were made, by plain string comparison', () => {
    const wall = fakeWall(1_000);
    const clock = new HybridClock('pc-a', wall.read);
    const stamps = [clock.now(), clock.now()];
    wall.set(9_000);
    stamps.push(clock.now());
    wall.set(100_000_000_000);
    stamps.push(clock.now(), clock.now());
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('sorts a later time after an earlier one even when the counter of the earlier is larger', () => {
    const early = formatHlc({ wall: 5, counter: 0xfffff, device: 'a' });
    const late = formatHlc({ wall: 6, counter: 0, device: 'a' });
    expect(early < late).toBe(true);
  });

  it('keeps moving forward when the wall clock jumps back', () => {
    const wall = fakeWall(50_000);
    const clock = new HybridClock('pc-a', wall.read);
    const before = clock.now();
    wall.set(10_000);
    const after = clock.now();
    const later = clock.now();
    expect(after > before).toBe(true);
    expect(later > after).toBe(true);
    expect(hlcWallTime(after)).toBe(50_000);
  });

  it('moves past every stamp it receives, so its next write sorts after what it has seen', () => {
    const wall = fakeWall(1_000);
    const clock = new HybridClock('pc-a', wall.read);
    clock.now();
    const fromAhead = formatHlc({ wall: 5_000, counter: 7, device: 'pc-b' });
    clock.receive(fromAhead);
    const next = clock.now();
    expect(next > fromAhead).toBe(true);
    expect(parseHlc(next)).toEqual({ wall: 5_000, counter: 8, device: 'pc-a' });

    const sameWallHigherCounter = formatHlc({ wall: 5_000, counter: 40, device: 'pc-c' });
    clock.receive(sameWallHigherCounter);
    expect(clock.now() > sameWallHigherCounter).toBe(true);
  });

  it('ignores a received stamp that is behind it or not a stamp at all', () => {
    const wall = fakeWall(9_000);
    const clock = new HybridClock('pc-a', wall.read);
    const first = clock.now();
    clock.receive(formatHlc({ wall: 10, counter: 3, device: 'pc-b' }));
    clock.receive('not a stamp');
    expect(parseHlc(clock.now())).toEqual({ wall: 9_000, counter: 1, device: 'pc-a' });
    expect(first).toBe(formatHlc({ wall: 9_000, counter: 0, device: 'pc-a' }));
  });

  it('moves the wall time on by a millisecond when the counter runs out, keeping order', () => {
    const wall = fakeWall(2_000);
    const clock = new HybridClock('pc-a', wall.read);
    clock.receive(formatHlc({ wall: 2_000, counter: 0xffffff, device: 'pc-b' }));
    const next = clock.now();
    expect(parseHlc(next)).toEqual({ wall: 2_001, counter: 0, device: 'pc-a' });
    expect(next > formatHlc({ wall: 2_000, counter: 0xffffff, device: 'pc-b' })).toBe(true);
  });

  it('refuses a device id that could not be read back from a stamp', () => {
    expect(() => new HybridClock('pc a')).toThrow(/letters, digits/);
    expect(() => new HybridClock('')).toThrow();
  });
});

describe('stamp helpers', () => {
  it('read back the parts of a stamp and reject anything else', () => {
    const stamp = formatHlc({ wall: 1_700_000_000_000, counter: 255, device: 'pc_1' });
    expect(stamp).toBe('001700000000000-0000ff-pc_1');
    expect(isHlc(stamp)).toBe(true);
    expect(hlcDevice(stamp)).toBe('pc_1');
    expect(isHlc('1700000000000-ff-pc')).toBe(false);
    expect(isHlc(42)).toBe(false);
    expect(parseHlc('garbage')).toBeNull();
  });

  it('pick the later of two stamps and treat a missing one as older', () => {
    const a = formatHlc({ wall: 1, counter: 0, device: 'a' });
    const b = formatHlc({ wall: 2, counter: 0, device: 'a' });
    expect(maxHlc(a, b)).toBe(b);
    expect(maxHlc(b, a)).toBe(b);
    expect(maxHlc(undefined, a)).toBe(a);
    expect(maxHlc(a, undefined)).toBe(a);
    expect(HLC_ZERO < a).toBe(true);
  });
});

describe('the end of what a stamp can record', () => {
  const last = formatHlc({ wall: MAX_STAMP_WALL, counter: 0xffffff, device: 'pc-a' });

  it('is the last millisecond of 9999, still fifteen digits; a stamp past it is not a stamp', () => {
    expect(new Date(MAX_STAMP_WALL).toISOString()).toBe('9999-12-31T23:59:59.999Z');
    expect(isHlc(last)).toBe(true);
    expect(last.split('-')[0]).toHaveLength(15);
    expect(isHlc(formatHlc({ wall: MAX_STAMP_WALL + 1, counter: 0, device: 'pc-a' }))).toBe(false);
    expect(isHlc('999999999999999-ffffff-pc-a')).toBe(false);
  });

  it('is never passed by the clock: the last counter of the last millisecond is its last stamp', () => {
    const clock = new HybridClock('pc-b', () => MAX_STAMP_WALL);
    clock.receive(formatHlc({ wall: MAX_STAMP_WALL, counter: 0xfffffe, device: 'pc-a' }));
    expect(clock.now()).toBe(formatHlc({ wall: MAX_STAMP_WALL, counter: 0xffffff, device: 'pc-b' }));
    expect(() => clock.now()).toThrow(ClockExhaustedError);
    expect(() => clock.now()).toThrow('31 December 9999');
  });

  it('is where a clock told the largest stamp stops, and where a wall clock set past it counts within', () => {
    const told = new HybridClock('pc-b', () => 1_764_000_000_000);
    told.receive(last);
    expect(() => told.now()).toThrow(ClockExhaustedError);
    told.receive('999999999999999-ffffff-pc-a');
    expect(told.latestWall).toBe(MAX_STAMP_WALL);

    const beyond = new HybridClock('pc-c', () => MAX_STAMP_WALL + 5_000);
    const stamps = [beyond.now(), beyond.now()];
    expect(stamps.every(isHlc)).toBe(true);
    expect(hlcWallTime(stamps[1] ?? '')).toBe(MAX_STAMP_WALL);
  });
});
