/**
 * The figures a charter target can be measured by, worked out from the team's own records with the same
 * definitions the board's outcomes page and the training coverage use, and the trend of a target by quarter.
 *
 * - services obtained and reviews on time: the share in the quarter (shared/outcomes/boardOutcomes.ts);
 * - members with joint training: of the members in the team now, the share who took part in joint training in the
 *   twelve months up to the quarter's last day (a quarter alone is too short for training that runs a few times
 *   a year);
 * - health check: the mean of every score given in health checks that opened in the quarter.
 *
 * Values are in the target's unit: shares are per cent (0–100), scores are 1–5. Null means there is nothing to
 * measure yet (never a misleading 0).
 */
import type { CharterTarget, MeasuredBy, TargetReading } from '../domain/charter';
import type { Case, ChronologyEntry, Service } from '../domain/cases';
import type { Member } from '../domain/directory';
import type { HealthCheck, HealthCheckResponse } from '../domain/reflection';
import type { TrainingAttendance, TrainingEntry } from '../domain/training';
import { reviewsOnTime, servicesObtained, type Period } from '../outcomes/boardOutcomes';
import { lastMonths } from '../outcomes/period';
import { jointTrainingByMember } from '../training/coverage';
import { showDate } from '../dates';
import { lastQuarters, type Quarter } from './quarters';

export interface MeasureInputs {
  services: readonly Service[];
  cases: readonly Case[];
  chronology: readonly ChronologyEntry[];
  members: readonly Member[];
  trainingEntries: readonly TrainingEntry[];
  trainingAttendance: readonly TrainingAttendance[];
  healthChecks: readonly HealthCheck[];
  healthCheckResponses: readonly HealthCheckResponse[];
}

export interface Measured {
  value: number | null;
  /** What the value is made of, in plain words: "12 of 15 services obtained". */
  basis: string;
}

function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

function inPeriod(date: string, period: Period): boolean {
  return date >= period.from && date <= period.to;
}

function jointTrainingShare(inputs: MeasureInputs, period: Period): Measured {
  const team = inputs.members.filter((member) => !member.deleted && member.status !== 'left');
  const window = lastMonths(period.to, 12);
  const dates = jointTrainingByMember(inputs.trainingEntries, inputs.trainingAttendance);
  const trained = team.filter((member) =>
    (dates.get(member.id) ?? []).some((date) => inPeriod(date, window)),
  ).length;
  if (team.length === 0) return { value: null, basis: 'Nobody is in the team yet.' };
  return {
    value: percent(trained / team.length),
    basis: `${trained} of ${team.length} members took part in joint training in the 12 months to then.`,
  };
}

function healthCheckAverage(inputs: MeasureInputs, period: Period): Measured {
  const checks = new Set(
    inputs.healthChecks
      .filter((check) => !check.deleted && inPeriod(check.opensOn, period))
      .map((check) => check.id),
  );
  const scores = inputs.healthCheckResponses
    .filter((response) => !response.deleted && checks.has(response.checkId))
    .flatMap((response) => response.scores.map((score) => score.score));
  if (scores.length === 0) return { value: null, basis: 'No health-check scores in this period.' };
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return {
    value: Math.round(mean * 10) / 10,
    basis: `Average of ${scores.length} ${scores.length === 1 ? 'score' : 'scores'} from ${checks.size} ${checks.size === 1 ? 'health check' : 'health checks'}.`,
  };
}

/** The value of a measure over a period (the quarter it ends a trend point for). */
export function measure(by: MeasuredBy, inputs: MeasureInputs, period: Period): Measured {
  switch (by) {
    case 'services-obtained-share': {
      const result = servicesObtained(inputs.services, period);
      return {
        value: percent(result.share),
        basis:
          result.recommended === 0
            ? 'No services were recommended in this period.'
            : `${result.obtained} of ${result.recommended} recommended services obtained.`,
      };
    }
    case 'reviews-on-time-share': {
      const result = reviewsOnTime(inputs.cases, inputs.chronology, period);
      return {
        value: percent(result.share),
        basis:
          result.held === 0
            ? 'No reviews were held in this period.'
            : `${result.onTime} of ${result.held} reviews held on time.`,
      };
    }
    case 'members-with-joint-training-share':
      return jointTrainingShare(inputs, period);
    case 'health-check-average':
      return healthCheckAverage(inputs, period);
  }
}

export interface TrendPoint {
  quarter: Quarter;
  value: number | null;
  basis: string;
}

/** A measured target's value for each of the last four quarters, oldest first. */
export function measuredTrend(by: MeasuredBy, inputs: MeasureInputs, today: string): TrendPoint[] {
  return lastQuarters(today).map((quarter) => ({ quarter, ...measure(by, inputs, quarter) }));
}

/** The latest live reading, by date (the later change wins between two on the same day). */
export function latestReading(readings: readonly TargetReading[]): TargetReading | null {
  let latest: TargetReading | null = null;
  for (const reading of readings) {
    if (reading.deleted) continue;
    if (
      !latest ||
      reading.date > latest.date ||
      (reading.date === latest.date && reading.updatedAt > latest.updatedAt)
    )
      latest = reading;
  }
  return latest;
}

/** A recorded target's trend: the latest reading within each quarter, oldest first. */
export function recordedTrend(readings: readonly TargetReading[], today: string): TrendPoint[] {
  return lastQuarters(today).map((quarter) => {
    const reading = latestReading(readings.filter((row) => inPeriod(row.date, quarter)));
    return {
      quarter,
      value: reading?.value ?? null,
      basis: reading ? `Recorded on ${reading.date}.` : 'Nothing recorded in this period.',
    };
  });
}

export type TargetStatus = 'met' | 'not-met' | 'no-value';

export function targetStatus(
  target: Pick<CharterTarget, 'targetValue' | 'direction'>,
  value: number | null,
): TargetStatus {
  if (value === null) return 'no-value';
  const met = target.direction === 'at-most' ? value <= target.targetValue : value >= target.targetValue;
  return met ? 'met' : 'not-met';
}

/** "90%", "14 days", "3.5 (score)", "12". */
export function formatValue(value: number, unit: CharterTarget['unit']): string {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  switch (unit) {
    case '%':
      return `${shown}%`;
    case 'days':
      return `${shown} ${value === 1 ? 'day' : 'days'}`;
    case 'score':
      return `${shown} out of 5`;
    case 'count':
      return shown;
  }
}

export interface TargetFigures {
  trend: TrendPoint[];
  /** The latest quarter's value for a measured target; the latest reading for a recorded one. */
  current: number | null;
  /** Where the current value comes from, in plain words. */
  basis: string;
  status: TargetStatus;
}

/** Everything a target shows beside it: its current value, how that was reached, whether it is met, its trend. */
export function targetFigures(
  target: CharterTarget,
  readings: readonly TargetReading[],
  inputs: MeasureInputs,
  today: string,
): TargetFigures {
  if (target.measure === 'recorded') {
    const mine = readings.filter((reading) => reading.targetId === target.id);
    const latest = latestReading(mine);
    return {
      trend: recordedTrend(mine, today),
      current: latest?.value ?? null,
      basis: latest ? `Recorded for ${showDate(latest.date)}.` : 'No value recorded yet.',
      status: targetStatus(target, latest?.value ?? null),
    };
  }
  const trend = measuredTrend(target.measure, inputs, today);
  const last = trend[trend.length - 1];
  return {
    trend,
    current: last?.value ?? null,
    basis: last ? `Last three months: ${last.basis}` : '',
    status: targetStatus(target, last?.value ?? null),
  };
}
