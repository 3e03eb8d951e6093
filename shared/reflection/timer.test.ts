import { describe, expect, it } from 'vitest';
import { STOPPED, agendaHours, elapsed, formatClock, pause, readTimer, start } from './timer';

describe('agenda timer', () => {
  it('counts down the time box', () => {
    expect(readTimer(5, 30_000)).toMatchObject({ over: false, text: '4:30 left', fraction: 0.1 });
  });

  it('says in words when an item has run over', () => {
    expect(readTimer(5, 6 * 60_000 + 5_000)).toMatchObject({
      over: true,
      text: '1:05 over time',
      fraction: 1,
    });
  });

  it('counts up when an item has no time box', () => {
    expect(readTimer(null, 130_000).text).toBe('2:10 so far');
  });

  it('formats an hour or more with hours', () => {
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });

  it('keeps time across a pause', () => {
    let state = start(STOPPED, 1_000);
    state = pause(state, 61_000);
    expect(elapsed(state, 500_000)).toBe(60_000);
    state = start(state, 600_000);
    expect(elapsed(state, 630_000)).toBe(90_000);
  });

  it('turns agenda minutes into hours to the quarter hour', () => {
    expect(agendaHours([10, 10, 25, null])).toBe(0.75);
  });
});
