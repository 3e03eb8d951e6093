import { describe, expect, it } from 'vitest';
import {
  makeAction,
  makeCase,
  makeChronologyEntry,
  makeMember,
  makeService,
} from '../../tests/factories/records';
import {
  actionsOnTimeByAgency,
  casesPerLead,
  daysBetween,
  reviewsOnTime,
  servicesObtained,
} from './boardOutcomes';
import { lastMonths } from './period';
import { median } from '../median';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('services obtained', () => {
  it('counts services recommended on the first and last day of the period and none outside it', () => {
    const result = servicesObtained(
      [
        makeService({ recommendedOn: '2026-02-28', status: 'obtained', obtainedOn: '2026-03-02' }),
        makeService({ recommendedOn: '2026-03-01', status: 'obtained', obtainedOn: '2026-03-11' }),
        makeService({ recommendedOn: '2026-03-31', status: 'recommended' }),
        makeService({ recommendedOn: '2026-04-01', status: 'obtained', obtainedOn: '2026-04-02' }),
        makeService({ recommendedOn: null, status: 'obtained', obtainedOn: '2026-03-05' }),
      ],
      MARCH,
    );
    expect(result).toEqual({ recommended: 2, obtained: 1, share: 0.5, medianDaysToObtain: 10 });
  });

  it('gives the median wait, averaging the middle two when the count is even', () => {
    const obtained = (days: string) =>
      makeService({ recommendedOn: '2026-03-01', status: 'obtained', obtainedOn: days });
    const result = servicesObtained(
      [obtained('2026-03-05'), obtained('2026-03-11'), obtained('2026-03-21'), obtained('2026-04-30')],
      MARCH,
    );
    expect(result.medianDaysToObtain).toBe(15);
    expect(result.share).toBe(1);
  });

  it('leaves out deleted services and counts declined ones as recommended but not obtained', () => {
    const result = servicesObtained(
      [
        makeService({ recommendedOn: '2026-03-10', status: 'declined', whyNot: 'Family said no.' }),
        makeService({
          recommendedOn: '2026-03-10',
          status: 'obtained',
          obtainedOn: '2026-03-12',
          deleted: true,
        }),
      ],
      MARCH,
    );
    expect(result).toEqual({ recommended: 1, obtained: 0, share: 0, medianDaysToObtain: null });
  });

  it('has no share rather than a misleading 0% when nothing was recommended', () => {
    expect(servicesObtained([], MARCH)).toEqual({
      recommended: 0,
      obtained: 0,
      share: null,
      medianDaysToObtain: null,
    });
  });
});

describe('reviews held on time', () => {
  const live = makeCase();
  const review = (date: string, reviewDue: string | null, extra = {}) =>
    makeChronologyEntry({ caseId: live.id, type: 'review', date, reviewDue, ...extra });

  it('counts a review held on its due date as on time and a day later as late', () => {
    const result = reviewsOnTime(
      [live],
      [review('2026-03-10', '2026-03-10'), review('2026-03-11', '2026-03-10')],
      MARCH,
    );
    expect(result).toEqual({ held: 2, onTime: 1, share: 0.5 });
  });

  it('counts only review entries held within the period, of cases that are not deleted', () => {
    const gone = makeCase({ deleted: true });
    const result = reviewsOnTime(
      [live, gone],
      [
        review('2026-02-28', '2026-03-01'),
        review('2026-03-01', '2026-03-05'),
        review('2026-03-31', null),
        review('2026-04-01', '2026-04-01'),
        review('2026-03-15', '2026-03-20', { deleted: true }),
        makeChronologyEntry({ caseId: live.id, type: 'meeting', date: '2026-03-15' }),
        makeChronologyEntry({ caseId: gone.id, type: 'review', date: '2026-03-15', reviewDue: '2026-03-20' }),
      ],
      MARCH,
    );
    expect(result).toEqual({ held: 2, onTime: 2, share: 1 });
  });
});

describe('actions done on time by agency', () => {
  const health = '10000000-0000-4000-8000-000000000001';
  const school = '10000000-0000-4000-8000-000000000002';
  const nurse = makeMember({ employingAgencyId: health });
  const teacher = makeMember({ employingAgencyId: school });

  it('counts an action done on its due day as on time and one done the next day as late', () => {
    const rows = actionsOnTimeByAgency(
      [
        makeAction({
          ownerId: nurse.id,
          dueDate: '2026-03-10',
          status: 'done',
          doneAt: '2026-03-10T23:00:00.000Z',
        }),
        makeAction({
          ownerId: nurse.id,
          dueDate: '2026-03-10',
          status: 'done',
          doneAt: '2026-03-11T08:00:00.000Z',
        }),
        makeAction({ ownerId: nurse.id, dueDate: '2026-03-10', status: 'open' }),
        makeAction({
          ownerId: teacher.id,
          dueDate: '2026-03-31',
          status: 'done',
          doneAt: '2026-03-01T08:00:00.000Z',
        }),
      ],
      [nurse, teacher],
      MARCH,
    );
    expect(rows).toEqual([
      { agencyId: health, due: 3, doneOnTime: 1, share: 1 / 3 },
      { agencyId: school, due: 1, doneOnTime: 1, share: 1 },
    ]);
  });

  it('leaves out dropped, deleted and out-of-period actions and groups unowned ones with no agency', () => {
    const rows = actionsOnTimeByAgency(
      [
        makeAction({ ownerId: nurse.id, dueDate: '2026-03-10', status: 'dropped' }),
        makeAction({ ownerId: nurse.id, dueDate: '2026-03-10', deleted: true }),
        makeAction({ ownerId: nurse.id, dueDate: '2026-04-01' }),
        makeAction({ ownerId: nurse.id, dueDate: null }),
        makeAction({ ownerId: null, dueDate: '2026-03-01' }),
      ],
      [nurse],
      MARCH,
    );
    expect(rows).toEqual([{ agencyId: null, due: 1, doneOnTime: 0, share: 0 }]);
  });
});

describe('cases per lead professional', () => {
  it('counts open cases for each lead, busiest first, with cases that have no lead on a row of their own', () => {
    const ann = makeMember({ name: 'Ann' });
    const bo = makeMember({ name: 'Bo' });
    const rows = casesPerLead(
      [
        makeCase({ leadMemberId: bo.id }),
        makeCase({ leadMemberId: ann.id }),
        makeCase({ leadMemberId: bo.id }),
        makeCase({ leadMemberId: bo.id, status: 'closed' }),
        makeCase({ leadMemberId: ann.id, deleted: true }),
        makeCase({ leadMemberId: null }),
      ],
      [ann, bo],
    );
    expect(rows).toEqual([
      { memberId: bo.id, name: 'Bo', openCases: 2 },
      { memberId: null, name: '', openCases: 1 },
      { memberId: ann.id, name: 'Ann', openCases: 1 },
    ]);
  });
});

describe('date helpers', () => {
  it('counts days across a month end and a clock change', () => {
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
    expect(daysBetween('2026-04-02', '2026-03-28')).toBe(-5);
  });

  it('finds the median of an odd and an even count, and none of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('makes the last months end today and start the day after the same date months earlier', () => {
    expect(lastMonths('2026-06-15', 3)).toEqual({ from: '2026-03-16', to: '2026-06-15' });
    expect(lastMonths('2026-05-31', 3)).toEqual({ from: '2026-03-01', to: '2026-05-31' });
    expect(lastMonths('2026-02-28', 12)).toEqual({ from: '2025-03-01', to: '2026-02-28' });
  });
});
