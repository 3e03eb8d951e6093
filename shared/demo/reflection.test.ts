import { describe, expect, it } from 'vitest';
import { carriedActions } from '../reflection/carryForward';
import { trendAcrossChecks } from '../reflection/healthCheck';
import { generateTeam } from './generateTeam';

describe('the demo team’s reflection', () => {
  const { rows } = generateTeam({ seed: 7, today: '2026-06-15' });

  it('has a year of monthly sessions with attendance, apologies, notes and decisions', () => {
    expect(rows.reflectionSessions.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.reflectionSessions.map((session) => session.templateKind)).size).toBe(5);
    expect(rows.sessionAttendance.some((row) => row.status === 'apologies')).toBe(true);
    expect(rows.sessionNotes.some((row) => row.text !== '')).toBe(true);
    expect(rows.sessionDecisions.length).toBeGreaterThan(0);
  });

  it('has session actions done, dropped with a reason, and still open for the next session', () => {
    const actions = rows.actions.filter((action) => action.source === 'session');
    expect(actions.some((action) => action.status === 'done')).toBe(true);
    const dropped = actions.filter((action) => action.status === 'dropped');
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.filter((action) => action.dropReason === '')).toEqual([]);
    const next = rows.reflectionSessions.find((session) => session.status === 'planned');
    expect(next).toBeDefined();
    if (next) expect(carriedActions(actions, rows.reflectionSessions, next).length).toBeGreaterThan(0);
  });

  it('has four health checks whose scores improve, mostly answered anonymously', () => {
    expect(rows.healthChecks).toHaveLength(4);
    const byCheck = new Map(
      rows.healthChecks.map((check) => [
        check.id,
        rows.healthCheckResponses.filter((response) => response.checkId === check.id),
      ]),
    );
    const trend = trendAcrossChecks(rows.healthChecks, byCheck);
    expect(trend.at(-1)?.overall ?? 0).toBeGreaterThan(trend[0]?.overall ?? 5);
    const anonymous = rows.healthCheckResponses.filter((response) => response.memberId === null);
    expect(anonymous.length / rows.healthCheckResponses.length).toBeGreaterThan(0.6);
    expect(new Set(anonymous.map((response) => response.updatedBy))).toEqual(new Set(['']));
  });
});
