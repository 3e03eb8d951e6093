import { describe, expect, it } from 'vitest';
import { isEndingSoon, isVacancy } from '../charter/commitments';
import { versionInForce } from '../charter/versions';
import { generateTeam } from './generateTeam';

const TODAY = '2026-06-15';

describe('the demo team’s charter', () => {
  const { rows } = generateTeam({ seed: 7, today: TODAY });

  it('has three aims, each with targets, some measured by the app and some recorded with readings', () => {
    expect(rows.charterAims).toHaveLength(3);
    for (const aim of rows.charterAims) {
      expect(rows.charterTargets.some((target) => target.aimId === aim.id)).toBe(true);
    }
    const recorded = rows.charterTargets.filter((target) => target.measure === 'recorded');
    expect(recorded.length).toBeGreaterThan(0);
    expect(rows.charterTargets.length - recorded.length).toBeGreaterThan(0);
    for (const target of recorded) {
      expect(rows.targetReadings.filter((reading) => reading.targetId === target.id).length).toBeGreaterThan(
        1,
      );
    }
  });

  it('has commitments from six agencies, with seconded posts, a vacancy and one ending soon', () => {
    expect(new Set(rows.agencyCommitments.map((row) => row.agencyId)).size).toBe(6);
    expect(rows.agencyCommitments.some((row) => row.seconded)).toBe(true);
    expect(rows.agencyCommitments.some(isVacancy)).toBe(true);
    expect(rows.agencyCommitments.some((row) => isEndingSoon(row, TODAY))).toBe(true);
  });

  it('has three procedures with version history in force at versions 3, 2 and 1, read by most members', () => {
    const inForce = rows.procedures.map((procedure) => ({
      kind: procedure.kind,
      number: versionInForce(rows.procedureVersions.filter((row) => row.procedureId === procedure.id))
        ?.number,
    }));
    expect(inForce).toEqual([
      { kind: 'information-sharing', number: 3 },
      { kind: 'escalation', number: 2 },
      { kind: 'case-allocation', number: 1 },
    ]);
    const sharingV3 = rows.procedureVersions.find((row) => row.number === 3);
    const readers = rows.procedureReads.filter((row) => row.versionId === sharingV3?.id).length;
    const active = rows.members.filter((row) => row.status === 'active').length;
    expect(readers).toBeGreaterThan(active / 2);
    expect(readers).toBeLessThan(active);
  });

  it('links a reflection session and a proposing decision to the information-sharing protocol', () => {
    const sharing = rows.procedures.find((row) => row.kind === 'information-sharing');
    expect(rows.reflectionSessions.some((row) => row.procedureId === sharing?.id)).toBe(true);
    expect(rows.sessionDecisions.some((row) => row.proposesProcedureId === sharing?.id)).toBe(true);
    expect(rows.cases.some((row) => row.protocolVersionId !== null)).toBe(true);
  });
});
