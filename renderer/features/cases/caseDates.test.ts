import { describe, expect, it } from 'vitest';
import { hasPassed, isoFromParts, partsFromIso, showDate } from './caseDates';

describe('date boxes', () => {
  it('turn a real day, month and year into a calendar date', () => {
    expect(isoFromParts({ day: '7', month: '3', year: '2026' }, 'The date')).toEqual({
      ok: true,
      date: '2026-03-07',
    });
    expect(isoFromParts({ day: '29', month: '2', year: '2028' }, 'The date')).toEqual({
      ok: true,
      date: '2028-02-29',
    });
  });

  it('refuse a date that does not exist, naming the field', () => {
    expect(isoFromParts({ day: '30', month: '2', year: '2026' }, 'The review date')).toEqual({
      ok: false,
      message: 'The review date must be a real date, such as 27 3 2026.',
    });
    expect(isoFromParts({ day: '12', month: '13', year: '2026' }, 'The date').ok).toBe(false);
    expect(isoFromParts({ day: '1', month: '1', year: '26' }, 'The date').ok).toBe(false);
  });

  it('ask for the missing part of a half-typed date, and treat empty boxes as no date', () => {
    expect(isoFromParts({ day: '1', month: '', year: '2026' }, 'The date')).toEqual({
      ok: false,
      message: 'The date must include a day, month and year.',
    });
    expect(isoFromParts({ day: ' ', month: '', year: '' }, 'The date')).toEqual({ ok: true, date: null });
  });

  it('fill the boxes back from a stored date', () => {
    expect(partsFromIso('2026-03-07')).toEqual({ day: '7', month: '3', year: '2026' });
  });
});

describe('showing dates', () => {
  it('writes dates out in words and says when none is set', () => {
    expect(showDate('2026-03-03')).toBe('3 March 2026');
    expect(showDate(null)).toBe('Not set');
  });

  it('flags a date before today as passed, but not today itself', () => {
    expect(hasPassed('2026-03-02', '2026-03-03')).toBe(true);
    expect(hasPassed('2026-03-03', '2026-03-03')).toBe(false);
    expect(hasPassed(null, '2026-03-03')).toBe(false);
  });
});
