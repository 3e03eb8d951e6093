import { describe, expect, it } from 'vitest';
import {
  NO_DATE,
  dayFromParts,
  hasPassed,
  isRealDay,
  partsFromDay,
  showDate,
  showDateTime,
  todayIso,
} from './dates';

describe('today', () => {
  it('is the day on this PC’s calendar, even late in the evening', () => {
    expect(todayIso(new Date(2026, 2, 3, 23, 59))).toBe('2026-03-03');
    expect(todayIso(new Date(2026, 2, 4, 0, 1))).toBe('2026-03-04');
  });
});

describe('date boxes', () => {
  it('turn a real day, month and year into a calendar date', () => {
    expect(dayFromParts({ day: '7', month: '3', year: '2026' }, 'The date')).toEqual({
      ok: true,
      date: '2026-03-07',
    });
    expect(dayFromParts({ day: '29', month: '2', year: '2028' }, 'The date')).toEqual({
      ok: true,
      date: '2028-02-29',
    });
  });

  it('refuse a date that does not exist, naming the field', () => {
    expect(dayFromParts({ day: '30', month: '2', year: '2026' }, 'The review date')).toEqual({
      ok: false,
      message: 'The review date must be a real date, such as 27 3 2026.',
    });
    expect(dayFromParts({ day: '12', month: '13', year: '2026' }, 'The date').ok).toBe(false);
    expect(dayFromParts({ day: '1', month: '1', year: '26' }, 'The date').ok).toBe(false);
    expect(dayFromParts({ day: 'x', month: '1', year: '2026' }, 'The date').ok).toBe(false);
  });

  it('ask for the missing part of a half-typed date, and treat empty boxes as no date', () => {
    expect(dayFromParts({ day: '1', month: '', year: '2026' }, 'The date')).toEqual({
      ok: false,
      message: 'The date must include a day, month and year.',
    });
    expect(dayFromParts({ day: ' ', month: '', year: '' }, 'The date')).toEqual({ ok: true, date: null });
  });

  it('fill the boxes back from a stored date', () => {
    expect(partsFromDay('2026-03-07')).toEqual({ day: '7', month: '3', year: '2026' });
    expect(partsFromDay(null)).toEqual({ day: '', month: '', year: '' });
  });
});

describe('real days', () => {
  it('knows which days exist', () => {
    expect(isRealDay('2028-02-29')).toBe(true);
    expect(isRealDay('2026-02-29')).toBe(false);
    expect(isRealDay('2026-3-1')).toBe(false);
    expect(isRealDay('')).toBe(false);
  });
});

describe('showing dates', () => {
  it('writes a day out in words', () => {
    expect(showDate('2026-03-03')).toBe('3 March 2026');
  });

  it('says the same thing for every missing date, unless a sentence asks for its own words', () => {
    expect(showDate(null)).toBe(NO_DATE);
    expect(showDate('')).toBe(NO_DATE);
    expect(showDate(undefined)).toBe(NO_DATE);
    expect(showDate(null, 'no date set')).toBe('no date set');
  });

  it('shows a stored value that is not a real date as it is, rather than failing', () => {
    expect(showDate('2026-13-45')).toBe('2026-13-45');
    expect(showDate('soon')).toBe('soon');
    expect(showDateTime('yesterday')).toBe('yesterday');
  });

  it('writes a moment out as the day and the time on this PC', () => {
    const moment = new Date(2026, 2, 3, 14, 5);
    expect(showDateTime(moment.toISOString())).toBe('3 March 2026 at 14:05');
    expect(showDateTime(moment.getTime())).toBe('3 March 2026 at 14:05');
  });

  it('flags a date before today as passed, but not today itself', () => {
    expect(hasPassed('2026-03-02', '2026-03-03')).toBe(true);
    expect(hasPassed('2026-03-03', '2026-03-03')).toBe(false);
    expect(hasPassed(null, '2026-03-03')).toBe(false);
  });
});
