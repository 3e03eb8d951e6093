import { describe, expect, it } from 'vitest';
import { caseVisitSchema } from '../domain/board';
import { caseVisitId, casesChangedSinceVisit, latestChangeByOthers } from './caseActivity';

const ME = 'me';
const OTHER = 'other';

describe('since I last looked', () => {
  it('marks a case someone else changed after my last visit', () => {
    const latest = latestChangeByOthers(
      [{ id: 'c1', updatedBy: OTHER, updatedAt: '2026-03-02T10:00:00.000Z' }],
      [],
      ME,
    );
    const changed = casesChangedSinceVisit(latest, new Map([['c1', '2026-03-01T10:00:00.000Z']]));
    expect([...changed]).toEqual(['c1']);
  });
  it('does not mark my own changes, or changes before my visit', () => {
    const latest = latestChangeByOthers(
      [
        { id: 'c1', updatedBy: ME, updatedAt: '2026-03-05T10:00:00.000Z' },
        { id: 'c2', updatedBy: OTHER, updatedAt: '2026-02-01T10:00:00.000Z' },
      ],
      [],
      ME,
    );
    const visits = new Map([
      ['c1', '2026-03-01T10:00:00.000Z'],
      ['c2', '2026-03-01T10:00:00.000Z'],
    ]);
    expect(casesChangedSinceVisit(latest, visits).size).toBe(0);
  });
  it('counts a new action or chronology entry by someone else as a change to the case', () => {
    const latest = latestChangeByOthers(
      [{ id: 'c1', updatedBy: ME, updatedAt: '2026-02-01T10:00:00.000Z' }],
      [{ caseId: 'c1', updatedBy: OTHER, updatedAt: '2026-03-03T10:00:00.000Z' }],
      ME,
    );
    expect(casesChangedSinceVisit(latest, new Map([['c1', '2026-03-01T10:00:00.000Z']])).has('c1')).toBe(
      true,
    );
  });
  it('does not mark cases the person has never opened', () => {
    const latest = latestChangeByOthers(
      [{ id: 'c1', updatedBy: OTHER, updatedAt: '2026-03-02T10:00:00.000Z' }],
      [],
      ME,
    );
    expect(casesChangedSinceVisit(latest, new Map()).size).toBe(0);
  });
  it('gives one visit id per person and case, valid as a record id', () => {
    const personId = '11111111-1111-4111-8111-111111111111';
    const caseId = '22222222-2222-4222-8222-222222222222';
    const id = caseVisitId(personId, caseId);
    expect(caseVisitId(personId, caseId)).toBe(id);
    expect(caseVisitId(caseId, personId)).not.toBe(id);
    const parsed = caseVisitSchema.safeParse({
      id,
      stamps: {},
      deleted: false,
      updatedBy: personId,
      updatedAt: '2026-03-01T10:00:00.000Z',
      personId,
      caseId,
      at: '2026-03-01T10:00:00.000Z',
    });
    expect(parsed.success).toBe(true);
  });
});
