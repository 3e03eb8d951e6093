import { describe, expect, it } from 'vitest';
import { ENABLERS } from '../domain/reflection';
import { makeCharterTarget, makeTargetReading } from '../../tests/factories/charter';
import { makeCase, makeChronologyEntry, makeMember, makeService } from '../../tests/factories/records';
import { makeHealthCheck, makeHealthCheckResponse } from '../../tests/factories/reflection';
import { makeTrainingAttendance, makeTrainingEntry } from '../../tests/factories/training';
import {
  formatValue,
  latestReading,
  measure,
  measuredTrend,
  recordedTrend,
  targetFigures,
  targetStatus,
  type MeasureInputs,
} from './measures';
import { lastQuarters } from './quarters';

const TODAY = '2026-11-22';
const QUARTER = { from: '2026-08-23', to: TODAY };

function inputs(partial: Partial<MeasureInputs> = {}): MeasureInputs {
  return {
    services: [],
    cases: [],
    chronology: [],
    members: [],
    trainingEntries: [],
    trainingAttendance: [],
    healthChecks: [],
    healthCheckResponses: [],
    ...partial,
  };
}

describe('measured targets', () => {
  it('services obtained is the per-cent share of services recommended in the quarter', () => {
    const services = [
      makeService({ recommendedOn: '2026-09-01', status: 'obtained', obtainedOn: '2026-09-20' }),
      makeService({ recommendedOn: '2026-10-01', status: 'recommended' }),
      makeService({ recommendedOn: '2026-10-05', status: 'obtained', obtainedOn: '2026-10-10' }),
      makeService({ recommendedOn: '2026-01-01', status: 'recommended' }),
    ];
    const result = measure('services-obtained-share', inputs({ services }), QUARTER);
    expect(result.value).toBeCloseTo(66.7, 1);
    expect(result.basis).toBe('2 of 3 recommended services obtained.');
  });

  it('reviews on time counts review entries held by their due date', () => {
    const child = makeCase();
    const chronology = [
      makeChronologyEntry({ caseId: child.id, type: 'review', date: '2026-09-10', reviewDue: '2026-09-10' }),
      makeChronologyEntry({ caseId: child.id, type: 'review', date: '2026-10-10', reviewDue: '2026-10-01' }),
    ];
    expect(measure('reviews-on-time-share', inputs({ cases: [child], chronology }), QUARTER).value).toBe(50);
  });

  it('joint training is the share of current members with joint training in the 12 months to the quarter end', () => {
    const trained = makeMember({ name: 'Trained' });
    const untrained = makeMember({ name: 'Untrained' });
    const left = makeMember({ name: 'Left', status: 'left' });
    const joint = makeTrainingEntry({ type: 'joint', date: '2026-02-01', status: 'done' });
    const attendance = [
      makeTrainingAttendance({ entryId: joint.id, memberId: trained.id }),
      makeTrainingAttendance({ entryId: joint.id, memberId: left.id }),
    ];
    const result = measure(
      'members-with-joint-training-share',
      inputs({
        members: [trained, untrained, left],
        trainingEntries: [joint],
        trainingAttendance: attendance,
      }),
      QUARTER,
    );
    expect(result.value).toBe(50);
    expect(result.basis).toContain('1 of 2 members');
  });

  it('the health check is the mean of every score given in checks opened in the quarter', () => {
    const check = makeHealthCheck({ opensOn: '2026-10-01', closesOn: null });
    const older = makeHealthCheck({ opensOn: '2026-03-01', closesOn: null });
    const scores = (score: number) =>
      ENABLERS.slice(0, 2).map((enabler) => ({ enabler, score, comment: '' }));
    const responses = [
      makeHealthCheckResponse({ checkId: check.id, scores: scores(4) }),
      makeHealthCheckResponse({ checkId: check.id, scores: scores(3) }),
      makeHealthCheckResponse({ checkId: older.id, scores: scores(1) }),
    ];
    const result = measure(
      'health-check-average',
      inputs({ healthChecks: [check, older], healthCheckResponses: responses }),
      QUARTER,
    );
    expect(result.value).toBe(3.5);
  });

  it('gives no value, not 0, when there is nothing to measure', () => {
    expect(measure('services-obtained-share', inputs(), QUARTER).value).toBeNull();
    expect(measure('health-check-average', inputs(), QUARTER).value).toBeNull();
  });

  it('the trend has one point per quarter over the last year, oldest first', () => {
    const services = [
      makeService({ recommendedOn: '2026-01-10', status: 'obtained', obtainedOn: '2026-01-12' }),
    ];
    const trend = measuredTrend('services-obtained-share', inputs({ services }), TODAY);
    expect(trend).toHaveLength(4);
    expect(trend.map((point) => point.value)).toEqual([100, null, null, null]);
    expect(trend[3]?.quarter.to).toBe(TODAY);
  });
});

describe('recorded targets', () => {
  it('the current value is the latest reading by date', () => {
    const readings = [
      makeTargetReading({ date: '2026-10-01', value: 60 }),
      makeTargetReading({ date: '2026-11-01', value: 70 }),
      makeTargetReading({ date: '2026-11-10', value: 99, deleted: true }),
    ];
    expect(latestReading(readings)?.value).toBe(70);
  });

  it('the trend takes the latest reading in each quarter', () => {
    const readings = [
      makeTargetReading({ date: '2026-01-10', value: 40 }),
      makeTargetReading({ date: '2026-09-01', value: 55 }),
      makeTargetReading({ date: '2026-11-01', value: 65 }),
    ];
    expect(recordedTrend(readings, TODAY).map((point) => point.value)).toEqual([40, null, null, 65]);
  });
});

describe('target status and wording', () => {
  it('is met at or above an "at least" target and at or below an "at most" one', () => {
    const atLeast = makeCharterTarget({ targetValue: 90, direction: 'at-least' });
    const atMost = makeCharterTarget({ targetValue: 20, unit: 'days', direction: 'at-most' });
    expect(targetStatus(atLeast, 90)).toBe('met');
    expect(targetStatus(atLeast, 89.9)).toBe('not-met');
    expect(targetStatus(atMost, 20)).toBe('met');
    expect(targetStatus(atMost, 21)).toBe('not-met');
    expect(targetStatus(atLeast, null)).toBe('no-value');
  });

  it('formats values in their unit', () => {
    expect(formatValue(90, '%')).toBe('90%');
    expect(formatValue(66.66, '%')).toBe('66.7%');
    expect(formatValue(1, 'days')).toBe('1 day');
    expect(formatValue(3.5, 'score')).toBe('3.5 out of 5');
  });

  it('labels quarters by the months they cover', () => {
    expect(lastQuarters(TODAY).map((quarter) => quarter.label)).toEqual([
      'Nov 2025 to Feb 2026',
      'Feb to May 2026',
      'May to Aug 2026',
      'Aug to Nov 2026',
    ]);
  });
});

describe('a target’s figures', () => {
  it('a recorded target shows its latest reading and whether it meets the target', () => {
    const target = makeCharterTarget({ measure: 'recorded', targetValue: 80 });
    const readings = [
      makeTargetReading({ targetId: target.id, date: '2026-10-01', value: 85 }),
      makeTargetReading({ date: '2026-11-01', value: 10 }),
    ];
    const figures = targetFigures(target, readings, inputs(), TODAY);
    expect(figures.current).toBe(85);
    expect(figures.status).toBe('met');
  });

  it('a measured target shows the last quarter from the team’s records', () => {
    const target = makeCharterTarget({ measure: 'services-obtained-share', targetValue: 80 });
    const services = [makeService({ recommendedOn: '2026-10-01', status: 'recommended' })];
    const figures = targetFigures(target, [], inputs({ services }), TODAY);
    expect(figures.current).toBe(0);
    expect(figures.status).toBe('not-met');
    expect(figures.basis).toContain('0 of 1');
  });
});
