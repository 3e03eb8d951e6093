import { describe, expect, it } from 'vitest';
import { reviewsOnTime, servicesObtained } from '../outcomes/boardOutcomes';
import { generateTeam } from './generateTeam';

const TODAY = '2026-03-15';
const demo = generateTeam({ seed: 3, today: TODAY });
const YEAR = { from: '2025-03-16', to: TODAY };

describe('the demo board', () => {
  it('has reviews held on time and reviews held late, none in the future', () => {
    const reviews = demo.rows.chronology.filter((entry) => entry.type === 'review');
    expect(reviews.filter((entry) => entry.date > TODAY || entry.reviewDue === null)).toEqual([]);
    const result = reviewsOnTime(demo.rows.cases, reviews, YEAR);
    expect(result.onTime).toBeGreaterThan(0);
    expect(result.held - result.onTime).toBeGreaterThan(0);
  });

  it('has services obtained in the past, pending, and declined or unavailable with a reason', () => {
    const services = demo.rows.services;
    const obtained = services.filter((row) => row.status === 'obtained');
    expect(obtained.length).toBeGreaterThan(0);
    expect(obtained.filter((row) => (row.obtainedOn ?? '') >= TODAY)).toEqual([]);
    const notObtained = services.filter((row) => row.status === 'declined' || row.status === 'not-available');
    expect(notObtained.length).toBeGreaterThan(0);
    expect(notObtained.every((row) => row.whyNot !== '')).toBe(true);
    expect(servicesObtained(services, YEAR).medianDaysToObtain).not.toBeNull();
  });

  it('has closed cases with a reason and an outcome', () => {
    const closed = demo.rows.cases.filter((row) => row.status === 'closed');
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((row) => row.closeReason !== '' && row.outcome !== '' && row.closedAt !== null)).toBe(
      true,
    );
  });
});
