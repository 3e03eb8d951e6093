import { describe, expect, it } from 'vitest';
import { HybridClock, parseHlc } from './hlc';
import { anonymousStamp, dayOnly, isAnonymousDevice, utcDay } from './anonymousStamp';
import { hasSeen, observeStamps } from './versionVector';

describe('stamps of anonymous answers', () => {
  it('keep the day and nothing finer, and name no PC', () => {
    const parts = parseHlc(anonymousStamp('2026-12-04'));
    expect(parts?.wall).toBe(Date.UTC(2026, 11, 4));
    expect(parts?.counter).toBe(0);
    expect(isAnonymousDevice(parts?.device ?? '')).toBe(true);
    expect(parts?.device).not.toContain('pc');
  });

  it('are different for every answer, even on the same day', () => {
    const stamps = new Set(Array.from({ length: 50 }, () => anonymousStamp('2026-12-04')));
    expect(stamps.size).toBe(50);
  });

  it('sort before any change made later that day on a PC, so a later change to the answer wins', () => {
    const clock = new HybridClock('pc-1', () => Date.UTC(2026, 11, 4, 9, 30));
    expect(anonymousStamp('2026-12-04') < clock.now()).toBe(true);
  });

  it('count in version vectors as a writer seen once, without touching the PCs’ own entries', () => {
    const stamp = anonymousStamp('2026-12-04');
    const vectors = observeStamps({ reflection: { 'pc-1': '001764835200000-000000-pc-1' } }, 'reflection', [
      stamp,
    ]);
    expect(hasSeen(vectors, 'reflection', stamp)).toBe(true);
    expect(vectors.reflection?.['pc-1']).toBe('001764835200000-000000-pc-1');
  });

  it('never lie ahead of the moment they were made, whatever the PC’s time zone', () => {
    // 00:30 on 4 December in a zone an hour ahead of UTC is still 3 December in UTC.
    const justAfterLocalMidnight = new Date(Date.UTC(2026, 11, 3, 23, 30));
    const stamp = anonymousStamp(utcDay(justAfterLocalMidnight));
    expect(parseHlc(stamp)?.wall).toBeLessThanOrEqual(justAfterLocalMidnight.getTime());
  });

  it('refuse anything but a calendar day', () => {
    expect(() => dayOnly('2026-12-04T10:00')).toThrow();
    expect(dayOnly('2026-12-04').iso).toBe('2026-12-04T00:00:00.000Z');
  });
});
