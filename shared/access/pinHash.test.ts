import { describe, expect, it } from 'vitest';
import { PIN_ITERATIONS, hashPin, pinMatches } from './pinHash';

describe('keeping a PIN as a slow salted hash', () => {
  it('recognises the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('4071', 1_000);
    expect(await pinMatches(stored, '4071')).toBe(true);
    expect(await pinMatches(stored, '4072')).toBe(false);
  });

  it('never keeps the PIN itself, and salts each PIN differently', async () => {
    const first = await hashPin('4071', 1_000);
    const second = await hashPin('4071', 1_000);
    expect(JSON.stringify(first)).not.toContain('4071');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
  });

  it('uses at least 200,000 rounds by default', () => {
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(200_000);
  });

  it('remembers the rounds used, so a PIN set with fewer still works later', async () => {
    const stored = await hashPin('5820', 2_000);
    expect(stored.iterations).toBe(2_000);
    expect(await pinMatches(stored, '5820')).toBe(true);
  });
});
