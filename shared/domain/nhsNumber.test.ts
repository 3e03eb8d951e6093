import { describe, expect, it } from 'vitest';
import { isNhsNumber, showNhsNumber } from './nhsNumber';

describe('an NHS number', () => {
  it('is accepted when its check digit fits, typed with or without spaces', () => {
    expect(isNhsNumber('9434765919')).toBe(true);
    expect(isNhsNumber('943 476 5919')).toBe(true);
    expect(isNhsNumber('943-476-5919')).toBe(true);
  });

  it('is refused with one digit mistyped or two digits swapped', () => {
    expect(isNhsNumber('9434765918')).toBe(false);
    expect(isNhsNumber('9434765991')).toBe(false);
  });

  it('is refused when it is not ten digits', () => {
    expect(isNhsNumber('943476591')).toBe(false);
    expect(isNhsNumber('CS-204417')).toBe(false);
  });

  it('is shown in the groups the NHS prints it in', () => {
    expect(showNhsNumber('9434765919')).toBe('943 476 5919');
    expect(showNhsNumber('not a number')).toBe('not a number');
  });
});
