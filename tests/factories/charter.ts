/**
 * Builders of team-charter rows for tests: `makeCharterTarget({ measure: 'recorded' })`, `makeProcedureVersion(...)`.
 * Complete, stamped rows with any field overridden; pure, no database involved.
 */
import type { NewFieldsOf, TableName } from '../../shared/domain/registry';
import { newId } from '../../shared/sync/record';
import { rowBuilder, daysFromToday, FACTORY_PERSON_ID } from './records';

export const makeCharterAim = rowBuilder<'charterAims'>(() => ({
  title: 'Families get the help they need early',
  description: 'Every agency in the team works to get families the right service quickly.',
  ownerId: null,
  reviewDate: daysFromToday(90),
}));

export const makeCharterTarget = rowBuilder<'charterTargets'>(() => ({
  aimId: newId(),
  description: 'Reviews held on time',
  measure: 'reviews-on-time-share',
  howMeasured: 'Reviews recorded in the chronology by their due date, from the board.',
  targetValue: 90,
  unit: '%',
  direction: 'at-least',
}));

export const makeTargetReading = rowBuilder<'targetReadings'>(() => ({
  targetId: newId(),
  date: daysFromToday(-10),
  value: 75,
  note: '',
}));

export const makeAgencyCommitment = rowBuilder<'agencyCommitments'>(() => ({
  agencyId: newId(),
  kind: 'staff',
  description: 'Health visitor seconded to the team',
  posts: 1,
  hoursPerWeek: 37.5,
  seconded: true,
  filled: true,
  amount: 0,
  start: daysFromToday(-200),
  end: daysFromToday(300),
}));

/**
 * What a person enters for a row (no envelope), to write through the app's own command in a test: the defaults of a
 * row under `parentId` (its agency, its aim), with any field overridden.
 */
function enteredFields<Name extends TableName>(defaults: (parentId: string) => NewFieldsOf<Name>) {
  return (parentId: string, overrides: Partial<NewFieldsOf<Name>> = {}): NewFieldsOf<Name> => ({
    ...defaults(parentId),
    ...overrides,
  });
}

export const commitmentFields = enteredFields<'agencyCommitments'>((agencyId) => ({
  agencyId,
  kind: 'other',
  description: 'A room for the clinic',
  posts: 0,
  hoursPerWeek: 0,
  seconded: false,
  filled: true,
  amount: 0,
  start: '2026-01-01',
  end: null,
}));

/** A target the team records by hand. */
export const recordedTargetFields = enteredFields<'charterTargets'>((aimId) => ({
  aimId,
  description: 'Shadowing days',
  measure: 'recorded',
  howMeasured: 'Counted at the team meeting.',
  targetValue: 6,
  unit: 'count',
  direction: 'at-least',
}));

export const makeProcedure = rowBuilder<'procedures'>(() => ({
  title: 'Information-sharing protocol',
  kind: 'information-sharing',
  reviewDate: daysFromToday(120),
}));

export const makeProcedureVersion = rowBuilder<'procedureVersions'>(() => ({
  procedureId: newId(),
  number: 1,
  text: '# When we share\n\n- With consent\n- To protect a child',
  changeSummary: 'First version',
  status: 'in-force',
  publishedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
  publishedBy: FACTORY_PERSON_ID,
}));

export const makeProcedureRead = rowBuilder<'procedureReads'>(() => ({
  versionId: newId(),
  memberId: newId(),
  readAt: new Date().toISOString(),
}));
