import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber';

describe('a number typed in a form', () => {
  it('reads whole numbers, decimals and thousands written with commas', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber(' 3.5 ')).toBe(3.5);
    expect(parseNumber('1,200')).toBe(1200);
  });

  it('is nothing when the box is empty or holds words', () => {
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber('twelve')).toBeNull();
  });
});
