import { describe, expect, it } from 'vitest';
import { casesPastRetention, isPastRetention, keptUntil } from './retention';

const closed = (closedAt: string) => ({ status: 'closed', closedAt, deleted: false });

describe('how long closed cases are kept', () => {
  it('keeps a closed case for the chosen number of months after it closed', () => {
    expect(keptUntil('2020-01-31', 1)).toBe('2020-02-29');
    expect(isPastRetention(closed('2020-03-01'), 72, '2026-03-01')).toBe(false);
    expect(isPastRetention(closed('2020-03-01'), 72, '2026-03-02')).toBe(true);
  });

  it('never counts an open case, or one with no closing date', () => {
    expect(isPastRetention({ status: 'open', closedAt: '2010-01-01', deleted: false }, 1, '2026-01-01')).toBe(
      false,
    );
    expect(isPastRetention({ status: 'closed', closedAt: null, deleted: false }, 1, '2026-01-01')).toBe(
      false,
    );
  });

  it('lists the cases past their time, longest overdue first, leaving out deleted ones', () => {
    const rows = [
      { ...closed('2019-05-01'), id: 'b' },
      { ...closed('2018-05-01'), id: 'a' },
      { ...closed('2018-01-01'), id: 'gone', deleted: true },
      { ...closed('2025-12-01'), id: 'recent' },
    ];
    expect(casesPastRetention(rows, 12, '2026-01-01').map((row) => row.id)).toEqual(['a', 'b']);
  });
});
