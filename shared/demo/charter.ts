/**
 * Demo generation for the team charter: three joint aims with targets (some the app measures, some recorded by hand
 * with a year of readings), what six agencies commit (seconded posts, a vacancy, one commitment ending soon, funding),
 * and three procedures with their version history and read records for most members. It also adds one reflection
 * session that reviewed the information-sharing protocol, with a decision proposing a change, and points open cases
 * at the protocol version they follow, so the links between modules show in the demo.
 */
import type { AgencyCommitment } from '../domain/charter';
import type { Agency, Member } from '../domain/directory';
import { addProcedures } from './charterProcedures';
import type { DemoWorld } from './world';

type CommitmentFields = Omit<
  AgencyCommitment,
  'id' | 'stamps' | 'deleted' | 'purged' | 'updatedBy' | 'updatedAt' | 'agencyId'
>;

function addCommitments(world: DemoWorld, agencies: readonly Agency[]): void {
  const plans: CommitmentFields[][] = [
    [
      {
        kind: 'staff',
        description: 'Two social workers and a senior practitioner (team leader)',
        posts: 3,
        hoursPerWeek: 111,
        seconded: false,
        filled: true,
        amount: 0,
        start: world.day(-700),
        end: null,
      },
      {
        kind: 'funding',
        description: 'Office, shared PCs and admin support',
        posts: 0,
        hoursPerWeek: 0,
        seconded: false,
        filled: true,
        amount: 48_000,
        start: world.day(-700),
        end: world.day(300),
      },
    ],
    [
      {
        kind: 'staff',
        description: 'Health visitor, seconded to the team',
        posts: 1,
        hoursPerWeek: 37.5,
        seconded: true,
        filled: true,
        amount: 0,
        start: world.day(-500),
        end: world.day(60),
      },
      {
        kind: 'staff',
        description: 'School nurse, half time',
        posts: 0.5,
        hoursPerWeek: 18.75,
        seconded: true,
        filled: false,
        amount: 0,
        start: world.day(-200),
        end: world.day(500),
      },
    ],
    [
      {
        kind: 'staff',
        description: 'Family liaison teacher, two days a week',
        posts: 0.4,
        hoursPerWeek: 15,
        seconded: true,
        filled: true,
        amount: 0,
        start: world.day(-400),
        end: world.day(240),
      },
    ],
    [
      {
        kind: 'staff',
        description: 'Police officer from the public protection unit',
        posts: 1,
        hoursPerWeek: 37,
        seconded: true,
        filled: true,
        amount: 0,
        start: world.day(-600),
        end: null,
      },
    ],
    [
      {
        kind: 'staff',
        description: 'Child mental health clinician, three days a week',
        posts: 0.6,
        hoursPerWeek: 22.5,
        seconded: true,
        filled: true,
        amount: 0,
        start: world.day(-300),
        end: world.day(400),
      },
      {
        kind: 'other',
        description: 'Monthly consultation slot for the whole team',
        posts: 0,
        hoursPerWeek: 0,
        seconded: false,
        filled: true,
        amount: 0,
        start: world.day(-300),
        end: null,
      },
    ],
    [
      {
        kind: 'staff',
        description: 'Family support worker',
        posts: 1,
        hoursPerWeek: 37.5,
        seconded: false,
        filled: true,
        amount: 0,
        start: world.day(-250),
        end: world.day(115),
      },
      {
        kind: 'funding',
        description: 'Grant for parenting groups',
        posts: 0,
        hoursPerWeek: 0,
        seconded: false,
        filled: true,
        amount: 12_500,
        start: world.day(-250),
        end: world.day(115),
      },
    ],
  ];
  plans.forEach((plan, index) => {
    const agency = agencies[index % Math.max(agencies.length, 1)];
    if (!agency) return;
    for (const fields of plan) world.add('agencyCommitments', { agencyId: agency.id, ...fields });
  });
}

function addAims(world: DemoWorld, members: readonly Member[]): void {
  const owner = (index: number) => members[index % Math.max(members.length, 1)]?.id ?? null;
  const early = world.add('charterAims', {
    title: 'Families get the right help early',
    description: 'Every agency works to get families the service recommended for them, quickly.',
    ownerId: owner(1),
    reviewDate: world.day(60),
  });
  world.add('charterTargets', {
    aimId: early.id,
    description: 'Recommended services obtained',
    measure: 'services-obtained-share',
    howMeasured:
      'Of the services recommended on cases in the quarter, the share the family obtained (from the board).',
    targetValue: 75,
    unit: '%',
    direction: 'at-least',
  });
  const wait = world.add('charterTargets', {
    aimId: early.id,
    description: 'Days from referral to first joint visit',
    measure: 'recorded',
    howMeasured:
      'Median days from referral to the first visit by two agencies, counted from the chronology each quarter.',
    targetValue: 14,
    unit: 'days',
    direction: 'at-most',
  });
  [24, 21, 17, 15].forEach((value, quarter) => {
    world.add('targetReadings', {
      targetId: wait.id,
      date: world.day(-(3 - quarter) * 91 - 5),
      value,
      note: quarter === 3 ? 'Duty rota now includes health.' : '',
    });
  });

  const together = world.add('charterAims', {
    title: 'We plan and review together',
    description: 'Plans are reviewed on time with every agency involved.',
    ownerId: owner(0),
    reviewDate: world.day(-5),
  });
  world.add('charterTargets', {
    aimId: together.id,
    description: 'Reviews held on time',
    measure: 'reviews-on-time-share',
    howMeasured: 'Reviews recorded in the chronology on or before the date they were due (from the board).',
    targetValue: 90,
    unit: '%',
    direction: 'at-least',
  });
  world.add('charterTargets', {
    aimId: together.id,
    description: 'Partnership health check score',
    measure: 'health-check-average',
    howMeasured: 'Average of every score given in the health checks opened in the quarter (1 to 5).',
    targetValue: 3.5,
    unit: 'score',
    direction: 'at-least',
  });

  const learning = world.add('charterAims', {
    title: 'We learn together',
    description: 'Everyone takes part in joint training and knows how the other agencies work.',
    ownerId: owner(2),
    reviewDate: world.day(150),
  });
  world.add('charterTargets', {
    aimId: learning.id,
    description: 'Members with joint training in the last year',
    measure: 'members-with-joint-training-share',
    howMeasured:
      'Members now in the team who took part in joint training in the 12 months before (from the training log).',
    targetValue: 80,
    unit: '%',
    direction: 'at-least',
  });
  const shadowing = world.add('charterTargets', {
    aimId: learning.id,
    description: 'Shadowing days with another agency',
    measure: 'recorded',
    howMeasured:
      'Number of days members spent shadowing another agency in the quarter, from the team meeting count.',
    targetValue: 6,
    unit: 'count',
    direction: 'at-least',
  });
  [2, 4, 5, 7].forEach((value, quarter) => {
    world.add('targetReadings', {
      targetId: shadowing.id,
      date: world.day(-(3 - quarter) * 91 - 3),
      value,
      note: '',
    });
  });
}

function linkReflectionAndCases(
  world: DemoWorld,
  procedureId: string | undefined,
  versions: readonly string[],
): void {
  if (!procedureId) return;
  const date = world.day(-45);
  const session = world.add('reflectionSessions', {
    date,
    title: 'Review of the information-sharing protocol',
    facilitatorId: world.leaderId,
    templateKind: 'procedures',
    templateId: null,
    caseId: null,
    procedureId,
    status: 'held',
    createdAt: `${world.day(-50)}T09:00:00.000Z`,
  });
  world.add('sessionDecisions', {
    sessionId: session.id,
    text: 'Add a step: tell the family which agencies received their information, unless that would put the child at risk.',
    proposesProcedureId: procedureId,
  });
  const [, second, third] = versions;
  for (const row of world.rows.cases) {
    if (row.status !== 'open' || row.sharingBasis === 'not-recorded') continue;
    row.protocolVersionId = (row.openedAt < world.day(-35) && world.chance(0.3) ? second : third) ?? null;
  }
}

export function generateCharter(world: DemoWorld): void {
  const members = world.rows.members;
  const agencies = world.rows.agencies;
  addAims(world, members);
  addCommitments(world, agencies);
  const versionIds = addProcedures(world, members);
  const sharing = world.rows.procedures.find((row) => row.kind === 'information-sharing');
  linkReflectionAndCases(world, sharing?.id, versionIds.get('information-sharing') ?? []);
}
