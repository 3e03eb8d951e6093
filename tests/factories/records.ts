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

function build<Name extends TableName>(fields: FieldsOf<Name>, overrides: Overrides<Name>): RowOf<Name> {
  const row = { ...newEnvelope(), ...fields, ...overrides };
  // Envelope plus every field of the table, as the FieldsOf type guarantees: exactly a row of the table.
  return stampAll(row as unknown as RowOf<Name>);
}

export function makeTeamRecord(overrides: Overrides<'team'> = {}): RowOf<'team'> {
  return build<'team'>({ name: 'Test team', closedCaseRetentionMonths: 72 }, overrides);
}

export function makeWellbeingIndicator(
  overrides: Overrides<'wellbeingIndicators'> = {},
): RowOf<'wellbeingIndicators'> {
  return build<'wellbeingIndicators'>({ label: 'Family finances', position: 1, retired: false }, overrides);
}

export function makeSearchWord(overrides: Overrides<'searchWords'> = {}): RowOf<'searchWords'> {
  return build<'searchWords'>({ short: 'MASH', meaning: 'multi-agency safeguarding hub' }, overrides);
}

/**
 * A member's password record. Its verifier has the right shape but was made from no password: tests that check a
 * password set one through the app's own function instead.
 */
export function makePassword(overrides: Overrides<'passwords'> = {}): RowOf<'passwords'> {
  const id = overrides.id ?? overrides.memberId ?? newId();
  return build<'passwords'>(
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

export function makeColumn(overrides: Overrides<'boardColumns'> = {}): RowOf<'boardColumns'> {
  return build<'boardColumns'>(
    { title: 'Assessment', position: 2, retired: false, kind: 'assessment' },
    overrides,
  );
}

export function makeAgency(overrides: Overrides<'agencies'> = {}): RowOf<'agencies'> {
  return build<'agencies'>(
    { name: 'Test Health Service', type: 'health', remit: 'Health visiting', howItWorks: '', contacts: '' },
    overrides,
  );
}

export function makeMember(overrides: Overrides<'members'> = {}): RowOf<'members'> {
  return build<'members'>(
    {
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
    },
    overrides,
  );
}

export function makeCase(overrides: Overrides<'cases'> = {}): RowOf<'cases'> {
  return build<'cases'>(
    {
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
    },
    overrides,
  );
}

export function makeInvolvement(overrides: Overrides<'involvements'> = {}): RowOf<'involvements'> {
  return build<'involvements'>(
    {
      caseId: newId(),
      memberId: newId(),
      agencyId: null,
      role: 'Lead professional',
      since: daysFromToday(-20),
      until: null,
    },
    overrides,
  );
}

export function makeAim(overrides: Overrides<'aims'> = {}): RowOf<'aims'> {
  return build<'aims'>(
    { caseId: newId(), text: 'Attends school every day', progress: 20, status: 'working-towards' },
    overrides,
  );
}

export function makeAction(overrides: Overrides<'actions'> = {}): RowOf<'actions'> {
  return build<'actions'>(
    {
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
    },
    overrides,
  );
}

export function makeService(overrides: Overrides<'services'> = {}): RowOf<'services'> {
  return build<'services'>(
    {
      caseId: newId(),
      name: 'Parenting programme',
      recommendedBy: null,
      recommendedOn: daysFromToday(-10),
      status: 'recommended',
      obtainedOn: null,
      whyNot: '',
    },
    overrides,
  );
}

export function makeCaseReference(overrides: Overrides<'caseReferences'> = {}): RowOf<'caseReferences'> {
  return build<'caseReferences'>(
    { caseId: newId(), kind: 'council-case', label: '', agencyId: null, value: 'CS-204417' },
    overrides,
  );
}

export function makeSharingDecision(
  overrides: Overrides<'sharingDecisions'> = {},
): RowOf<'sharingDecisions'> {
  return build<'sharingDecisions'>(
    {
      caseId: newId(),
      basis: 'consent',
      specialCategory: 'none',
      decidedBy: null,
      decidedOn: daysFromToday(-29),
      reason: 'The family agreed to the team around the child.',
      reviewOn: daysFromToday(60),
      consentGivenBy: 'Parent',
      consentScope: 'The team around the child.',
    },
    overrides,
  );
}

export function makeView(overrides: Overrides<'views'> = {}): RowOf<'views'> {
  return build<'views'>(
    {
      caseId: newId(),
      whose: 'child',
      text: 'I like my new class.',
      recordedOn: daysFromToday(-3),
      recordedBy: null,
      removedReason: '',
    },
    overrides,
  );
}

export function makeChronologyEntry(overrides: Overrides<'chronology'> = {}): RowOf<'chronology'> {
  return build<'chronology'>(
    {
      caseId: newId(),
      date: daysFromToday(-5),
      type: 'meeting',
      text: 'Team around the child meeting.',
      authorId: null,
      reviewDue: null,
      removedReason: '',
    },
    overrides,
  );
}
