/**
 * Builders of valid, stamped records for tests: `makeCase({ displayName: 'Child Q.' })`. Each returns a complete row
 * of its table, stamped on a test device, with any field overridden. Pure: no database involved.
 */
import type { FieldsOf, RowOf, TableName } from '../../shared/domain/registry';
import { HybridClock, type Hlc } from '../../shared/sync/hlc';
import { newId } from '../../shared/sync/record';

export const FACTORY_DEVICE = 'factory-device';
const clock = new HybridClock(FACTORY_DEVICE);
export const FACTORY_PERSON_ID = '00000000-0000-4000-8000-000000000001';

type Overrides<Name extends TableName> = Partial<RowOf<Name>>;

/** Stamps every field of a row with one fresh stamp, the way a newly created record is stamped. */
export function stampAll<Row extends { id: string; stamps: Record<string, Hlc> }>(
  row: Row,
  stamp: Hlc = clock.now(),
): Row {
  const stamps: Record<string, Hlc> = {};
  for (const key of Object.keys(row)) if (key !== 'id' && key !== 'stamps') stamps[key] = stamp;
  return { ...row, stamps };
}

/** What every synced record carries besides its fields: a new id, not deleted, changed now by the factory's person. */
export function newEnvelope() {
  return {
    id: newId(),
    stamps: {},
    deleted: false,
    purged: false,
    updatedBy: FACTORY_PERSON_ID,
    updatedAt: new Date().toISOString(),
  };
}

/** The date `days` from today (before it when negative), as YYYY-MM-DD. */
export function daysFromToday(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A complete row of the table: a new envelope, the builder's fields, then the test's overrides, all stamped. */
export function buildRow<Name extends TableName>(
  fields: FieldsOf<Name>,
  overrides: Overrides<Name>,
): RowOf<Name> {
  const row = { ...newEnvelope(), ...fields, ...overrides };
  // Envelope plus every field of the table, as the FieldsOf type guarantees: exactly a row of the table.
  return stampAll(row as unknown as RowOf<Name>);
}

/** A builder of one table's rows for tests: `rowBuilder<'procedures'>(() => ({ title: 'Protocol', ... }))`. */
export function rowBuilder<Name extends TableName>(fields: () => FieldsOf<Name>) {
  return (overrides: Overrides<Name> = {}): RowOf<Name> => buildRow<Name>(fields(), overrides);
}

export const makeTeamRecord = rowBuilder<'team'>(() => ({
  name: 'Test team',
  closedCaseRetentionMonths: 72,
}));

export const makeWellbeingIndicator = rowBuilder<'wellbeingIndicators'>(() => ({
  label: 'Family finances',
  position: 1,
  retired: false,
}));

export const makeSearchWord = rowBuilder<'searchWords'>(() => ({
  short: 'MASH',
  meaning: 'multi-agency safeguarding hub',
}));

/**
 * A member's password record. Its verifier has the right shape but was made from no password: tests that check a
 * password set one through the app's own function instead.
 */
export function makePassword(overrides: Overrides<'passwords'> = {}): RowOf<'passwords'> {
  const id = overrides.id ?? overrides.memberId ?? newId();
  return buildRow<'passwords'>(
    {
      memberId: id,
      verifier: {
        algorithm: 'scrypt',
        logN: 17,
        r: 8,
        p: 1,
        salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
        hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=',
      },
    },
    { ...overrides, id },
  );
}

export const makeColumn = rowBuilder<'boardColumns'>(() => ({
  title: 'Assessment',
  position: 2,
  retired: false,
  kind: 'assessment',
}));

export const makeAgency = rowBuilder<'agencies'>(() => ({
  name: 'Test Health Service',
  type: 'health',
  remit: 'Health visiting',
  howItWorks: '',
  contacts: '',
}));

export const makeMember = rowBuilder<'members'>(() => ({
  name: 'Sam Taylor',
  pronouns: 'they/them',
  profession: 'health-visitor',
  professionOther: '',
  employingAgencyId: null,
  hostAgencyId: null,
  roleTitle: 'Health visitor',
  whatIDo: 'Visits families with young children.',
  whatIDoNot: 'Does not carry out child protection enquiries.',
  whatIBring: 'Child development knowledge.',
  skills: ['infant feeding'],
  phone: '01632 000111',
  email: 'sam.taylor@example.org',
  desk: 'Desk 4',
  officeDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  hoursPerWeek: 37.5,
  coLocated: true,
  secondmentStart: null,
  secondmentEnd: null,
  supervisorId: null,
  lineManagerId: null,
  status: 'active',
  teamRole: 'member',
}));

export const makeCase = rowBuilder<'cases'>(() => ({
  reference: 'JU-0001',
  displayName: 'Child A.',
  columnId: newId(),
  leadMemberId: null,
  concerns: ['safe', 'achieving'],
  nextReviewDate: daysFromToday(30),
  status: 'open',
  openedAt: daysFromToday(-30),
  closedAt: null,
  closeReason: '',
  outcome: '',
  sharingBasis: 'consent',
  consentGivenBy: 'Parent',
  consentGivenOn: daysFromToday(-29),
  consentScope: 'The team around the child.',
  legalBasis: '',
  sharingRestriction: '',
  protocolVersionId: null,
}));

export const makeInvolvement = rowBuilder<'involvements'>(() => ({
  caseId: newId(),
  memberId: newId(),
  agencyId: null,
  role: 'Lead professional',
  since: daysFromToday(-20),
  until: null,
}));

export const makeAim = rowBuilder<'aims'>(() => ({
  caseId: newId(),
  text: 'Attends school every day',
  progress: 20,
  status: 'working-towards',
}));

export const makeAction = rowBuilder<'actions'>(() => ({
  source: 'case',
  caseId: newId(),
  sessionId: null,
  text: 'Arrange a joint home visit',
  ownerId: null,
  outsideOwner: '',
  outsideOwnerRole: '',
  dueDate: daysFromToday(7),
  status: 'open',
  aimId: null,
  doneAt: null,
  doneBy: null,
  dropReason: '',
}));

export const makeService = rowBuilder<'services'>(() => ({
  caseId: newId(),
  name: 'Parenting programme',
  recommendedBy: null,
  recommendedOn: daysFromToday(-10),
  status: 'recommended',
  obtainedOn: null,
  whyNot: '',
}));

export const makeCaseReference = rowBuilder<'caseReferences'>(() => ({
  caseId: newId(),
  kind: 'council-case',
  label: '',
  agencyId: null,
  value: 'CS-204417',
}));

export const makeSharingDecision = rowBuilder<'sharingDecisions'>(() => ({
  caseId: newId(),
  basis: 'consent',
  specialCategory: 'none',
  decidedBy: null,
  decidedOn: daysFromToday(-29),
  reason: 'The family agreed to the team around the child.',
  reviewOn: daysFromToday(60),
  consentGivenBy: 'Parent',
  consentScope: 'The team around the child.',
}));

export const makeView = rowBuilder<'views'>(() => ({
  caseId: newId(),
  whose: 'child',
  text: 'I like my new class.',
  recordedOn: daysFromToday(-3),
  recordedBy: null,
  removedReason: '',
}));

export const makeChronologyEntry = rowBuilder<'chronology'>(() => ({
  caseId: newId(),
  date: daysFromToday(-5),
  type: 'meeting',
  text: 'Team around the child meeting.',
  authorId: null,
  reviewDue: null,
  removedReason: '',
}));
