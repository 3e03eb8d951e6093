import { describe, expect, it } from 'vitest';
import { brokenRules } from '../domain/recordRules';
import { makeAgency } from '../../tests/factories/records';
import { makeAgencyCommitment } from '../../tests/factories/charter';
import {
  capacityByAgency,
  commitmentDateProblem,
  formatPounds,
  isEndingSoon,
  isInForce,
  isVacancy,
} from './commitments';

const TODAY = '2026-06-15';

describe('commitment dates', () => {
  it('allows an end on the same day as the start and refuses an end before it', () => {
    expect(commitmentDateProblem('2026-01-10', '2026-01-10')).toBeNull();
    expect(commitmentDateProblem('2026-01-10', null)).toBeNull();
    expect(commitmentDateProblem('2026-01-10', '2026-01-09')).toBe(
      'The end date must be on or after the start.',
    );
  });

  it('a record rule refuses an end before the start with a message on the end field', () => {
    const [broken] = brokenRules(
      'agencyCommitments',
      makeAgencyCommitment({ start: '2026-02-01', end: '2026-01-31' }),
    );
    expect(broken?.field).toBe('end');
    expect(
      brokenRules('agencyCommitments', makeAgencyCommitment({ start: '2026-02-01', end: '2026-02-01' })),
    ).toEqual([]);
  });

  it('flags commitments ending within 90 days, but not those already ended or further off', () => {
    expect(isEndingSoon({ start: '2026-01-01', end: TODAY }, TODAY)).toBe(true);
    expect(isEndingSoon({ start: '2026-01-01', end: '2026-09-13' }, TODAY)).toBe(true);
    expect(isEndingSoon({ start: '2026-01-01', end: '2026-09-14' }, TODAY)).toBe(false);
    expect(isEndingSoon({ start: '2026-01-01', end: '2026-06-14' }, TODAY)).toBe(false);
    expect(isEndingSoon({ start: '2026-01-01', end: null }, TODAY)).toBe(false);
  });

  it('counts a commitment in force from its first day to its last', () => {
    expect(isInForce({ start: TODAY, end: TODAY }, TODAY)).toBe(true);
    expect(isInForce({ start: '2026-06-16', end: null }, TODAY)).toBe(false);
    expect(isInForce({ start: '2026-01-01', end: '2026-06-14' }, TODAY)).toBe(false);
  });

  it('a staff post not filled is a vacancy', () => {
    expect(isVacancy({ kind: 'staff', filled: false })).toBe(true);
    expect(isVacancy({ kind: 'staff', filled: true })).toBe(false);
    expect(isVacancy({ kind: 'funding', filled: false })).toBe(false);
  });
});

describe('the team capacity by agency', () => {
  it('sums posts, filled and vacant posts, hours and funding per agency and in total', () => {
    const health = makeAgency({ name: 'Health' });
    const council = makeAgency({ name: 'Council' });
    const rows = [
      makeAgencyCommitment({
        agencyId: health.id,
        posts: 1,
        hoursPerWeek: 37.5,
        seconded: true,
        start: '2026-01-01',
        end: null,
      }),
      makeAgencyCommitment({
        agencyId: health.id,
        posts: 0.5,
        hoursPerWeek: 18.75,
        seconded: false,
        filled: false,
        start: '2026-01-01',
        end: null,
      }),
      makeAgencyCommitment({
        agencyId: council.id,
        kind: 'funding',
        posts: 0,
        hoursPerWeek: 0,
        amount: 12_500,
        start: '2026-01-01',
        end: null,
      }),
      // Left out: ended, not started, deleted.
      makeAgencyCommitment({ agencyId: council.id, posts: 3, start: '2025-01-01', end: '2026-06-14' }),
      makeAgencyCommitment({ agencyId: council.id, posts: 3, start: '2026-07-01', end: null }),
      makeAgencyCommitment({ agencyId: council.id, posts: 3, start: '2026-01-01', end: null, deleted: true }),
    ];
    const { rows: byAgency, total } = capacityByAgency(rows, [health, council], TODAY);
    expect(byAgency.map((row) => row.agencyName)).toEqual(['Council', 'Health']);
    expect(byAgency[1]).toMatchObject({
      posts: 1.5,
      filled: 1,
      vacant: 0.5,
      seconded: 1,
      hoursPerWeek: 56.25,
      funding: 0,
    });
    expect(byAgency[0]).toMatchObject({ posts: 0, funding: 12_500 });
    expect(total).toEqual({
      posts: 1.5,
      filled: 1,
      vacant: 0.5,
      seconded: 1,
      hoursPerWeek: 56.25,
      funding: 12_500,
    });
  });

  it('shows pounds the British way', () => {
    expect(formatPounds(12500)).toBe('£12,500');
  });
});
