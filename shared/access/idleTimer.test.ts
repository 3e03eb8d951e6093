import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer, isIdle } from './idleTimer';

const MINUTE = 60_000;

describe('locking after a quiet time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks once the app has been left alone for the chosen time', async () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer({ timeoutMs: 5 * MINUTE, onIdle, checkEveryMs: 1_000 });
    timer.start();
    await vi.advanceTimersByTimeAsync(5 * MINUTE - 2_000);
    expect(onIdle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(timer.running).toBe(false);
  });

  it('starts the quiet time again whenever the person uses the app', async () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer({ timeoutMs: MINUTE, onIdle, checkEveryMs: 1_000 });
    timer.start();
    await vi.advanceTimersByTimeAsync(50_000);
    timer.noteActivity();
    await vi.advanceTimersByTimeAsync(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(11_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does not lock while the person is working in another program on the same PC', async () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer({
      timeoutMs: MINUTE,
      onIdle,
      checkEveryMs: 1_000,
      systemIdleSeconds: () => Promise.resolve(3),
    });
    timer.start();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    timer.stop();
  });

  it('locks when the whole PC has been left alone too', async () => {
    const onIdle = vi.fn();
    let pcIdle = 0;
    const timer = new IdleTimer({
      timeoutMs: MINUTE,
      onIdle,
      checkEveryMs: 1_000,
      systemIdleSeconds: () => Promise.resolve(pcIdle),
    });
    timer.start();
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    pcIdle = 61;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('still locks when the PC cannot say how long it has been idle', async () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer({
      timeoutMs: MINUTE,
      onIdle,
      checkEveryMs: 1_000,
      systemIdleSeconds: () => Promise.reject(new Error('not available')),
    });
    timer.start();
    await vi.advanceTimersByTimeAsync(MINUTE + 1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('ignores a flood of activity reports within a second of the last one it counted', async () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer({ timeoutMs: MINUTE, onIdle, checkEveryMs: 100, throttleMs: 1_000 });
    timer.start();
    await vi.advanceTimersByTimeAsync(500);
    timer.noteActivity();
    await vi.advanceTimersByTimeAsync(MINUTE - 500);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('treats the app and the PC together: the shorter quiet time decides', () => {
    const base = { now: 10 * MINUTE, lastActivityAt: 0, timeoutMs: 5 * MINUTE };
    expect(isIdle({ ...base, systemIdleSeconds: null })).toBe(true);
    expect(isIdle({ ...base, systemIdleSeconds: 60 })).toBe(false);
    expect(isIdle({ ...base, lastActivityAt: 9 * MINUTE, systemIdleSeconds: 600 })).toBe(false);
  });
});
