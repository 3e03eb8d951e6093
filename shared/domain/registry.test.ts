import { describe, expect, it } from 'vitest';
import { AUDIT_TABLE, TABLES, tableByName, tablesInArea } from './registry';
import {
  makeAction,
  makeAgency,
  makeAim,
  makeCase,
  makeCaseReference,
  makeChronologyEntry,
  makeColumn,
  makeWellbeingIndicator,
  makeSearchWord,
  makeInvolvement,
  makeMember,
  makePassword,
  makeService,
  makeSharingDecision,
  makeTeamRecord,
  makeView,
} from '../../tests/factories/records';
import { makeCaseVisit, makeSavedView } from '../../tests/factories/board';
import {
  makeRequiredTraining,
  makeTrainingAttendance,
  makeTrainingEntry,
} from '../../tests/factories/training';
import {
  makeAgencyCommitment,
  makeCharterAim,
  makeCharterTarget,
  makeProcedure,
  makeProcedureRead,
  makeProcedureVersion,
  makeTargetReading,
} from '../../tests/factories/charter';
import {
  makeHealthCheck,
  makeHealthCheckResponse,
  makeReflectionTemplate,
  makeSession,
  makeSessionAttendance,
  makeSessionDecision,
  makeSessionNote,
} from '../../tests/factories/reflection';

const SAMPLES: Record<string, () => Record<string, unknown>> = {
  team: makeTeamRecord,
  boardColumns: makeColumn,
  wellbeingIndicators: makeWellbeingIndicator,
  searchWords: makeSearchWord,
  agencies: makeAgency,
  members: makeMember,
  passwords: makePassword,
  cases: makeCase,
  involvements: makeInvolvement,
  aims: makeAim,
  actions: makeAction,
  services: makeService,
  views: makeView,
  chronology: makeChronologyEntry,
  caseReferences: makeCaseReference,
  sharingDecisions: makeSharingDecision,
  savedViews: makeSavedView,
  caseVisits: makeCaseVisit,
  trainingEntries: makeTrainingEntry,
  trainingAttendance: makeTrainingAttendance,
  requiredTraining: makeRequiredTraining,
  charterAims: makeCharterAim,
  charterTargets: makeCharterTarget,
  targetReadings: makeTargetReading,
  agencyCommitments: makeAgencyCommitment,
  procedures: makeProcedure,
  procedureVersions: makeProcedureVersion,
  procedureReads: makeProcedureRead,
  reflectionTemplates: makeReflectionTemplate,
  reflectionSessions: makeSession,
  sessionAttendance: makeSessionAttendance,
  sessionNotes: makeSessionNote,
  sessionDecisions: makeSessionDecision,
  healthChecks: makeHealthCheck,
  healthCheckResponses: makeHealthCheckResponse,
};

function sample(name: string): Record<string, unknown> {
  const make = SAMPLES[name];
  if (!make) throw new Error(`No sample for ${name}`);
  return make();
}

describe('the table registry', () => {
  it('has a sample factory for every table, and every sample passes its schema', () => {
    expect(TABLES.map((def) => def.name).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const def of TABLES) expect(def.schema.safeParse(sample(def.name)).success, def.name).toBe(true);
  });

  it('indexes, personal, sensitive and reference fields all name real fields', () => {
    for (const def of TABLES) {
      const fields = Object.keys(sample(def.name));
      const indexed = def.indexes.flatMap((index) => index.replace(/[[\]*&]/g, '').split('+'));
      for (const field of [...indexed, ...def.personalFields, ...def.sensitiveFields]) {
        expect(fields, `${def.name}.${field}`).toContain(field);
      }
      for (const ref of def.references) {
        expect(fields, `${def.name}.${ref.field}`).toContain(ref.field);
        expect(() => tableByName(ref.table)).not.toThrow();
        if (ref.cascade)
          expect(def.indexes, `${def.name} needs an index on ${ref.field}`).toContain(ref.field);
      }
    }
  });

  it('lets a removed-for-good record keep a valid stub with every personal field emptied', () => {
    for (const def of TABLES) {
      const stub: Record<string, unknown> = { ...sample(def.name), deleted: true };
      for (const field of def.personalFields) {
        const accepted = ['', null, []].some(
          (empty) => def.schema.safeParse({ ...stub, [field]: empty }).success,
        );
        expect(accepted, `${def.name}.${field}`).toBe(true);
      }
    }
  });

  it('groups tables by area and knows the audit trail', () => {
    expect(tablesInArea('cases').map((def) => def.name)).toContain('chronology');
    expect(tablesInArea('directory').map((def) => def.name)).toEqual([
      'agencies',
      'members',
      'passwords',
      'searchWords',
    ]);
    expect(AUDIT_TABLE.indexes).toContain('[table+recordId]');
    expect(() => tableByName('nonsense')).toThrow('There is no table called "nonsense".');
  });
});

describe('the schemas refuse bad rows', () => {
  it('refuses a field this version does not know', () => {
    expect(tableByName('cases').schema.safeParse({ ...makeCase(), secret: 1 }).success).toBe(false);
  });

  it('refuses a wellbeing concern that is neither a framework’s indicator nor one of the team’s own', () => {
    const withConcerns = (concerns: string[]) =>
      tableByName('cases').schema.safeParse({ ...makeCase(), concerns }).success;
    expect(withConcerns(['happy'])).toBe(false);
    expect(withConcerns(['safe', 'wales-protection', '3c0e7a52-9d41-4b8e-a1f6-5e2d7c9b0a13'])).toBe(true);
  });

  it('refuses a malformed date, email or change stamp', () => {
    expect(tableByName('actions').schema.safeParse(makeAction({ dueDate: '31/12/2026' })).success).toBe(
      false,
    );
    expect(tableByName('members').schema.safeParse(makeMember({ email: 'not an email' })).success).toBe(
      false,
    );
    expect(
      tableByName('aims').schema.safeParse({ ...makeAim(), stamps: { text: 'yesterday' } }).success,
    ).toBe(false);
  });

  it('refuses a change stamp for a field the record does not have, even one every object inherits', () => {
    const schema = tableByName('aims').schema;
    const aim = makeAim();
    for (const name of ['toString', 'valueOf', 'hasOwnProperty', 'nonsense']) {
      expect(
        schema.safeParse({ ...aim, stamps: { ...aim.stamps, [name]: aim.stamps['text'] } }).success,
        name,
      ).toBe(false);
    }
  });
});
