/**
 * Demo generation for the joint case board: cases in every stage, each with the professionals involved, shared
 * aims, actions (some overdue), services obtained, pending and declined with reasons, the child's and family's
 * views, a chronology with reviews held (some on time, some late), and closed cases with their outcomes. Every
 * date stays on or before today where it records something that already happened.
 */
import type { ActionStatus, ChronologyType, ServiceStatus, ViewWhose } from '../domain/cases';
import { CHRONOLOGY_TYPES } from '../domain/cases';
import { SHANARRI, type Shanarri } from '../domain/wellbeing';
import type { Member } from '../domain/directory';
import { ACTIONS, AIMS, CHRONOLOGY, SERVICES, VIEWS, WHY_NOT } from './text';
import type { DemoWorld } from './world';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** "A", "B", … "Z", "AA", "AB", …: a pseudonym that names no one. */
export function pseudonymLetters(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = (LETTERS[n % 26] ?? 'A') + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

function concerns(world: DemoWorld): Shanarri[] {
  return world.sample(SHANARRI, world.int(1, 3)).sort((a, b) => SHANARRI.indexOf(a) - SHANARRI.indexOf(b));
}

/** People outside the team who agree to do something for a child's plan, with their part in it. */
const OUTSIDE_OWNERS = [
  { name: 'Ms Davies', role: 'Mother' },
  { name: 'Dr Okoye', role: 'GP at Bridge Street Surgery' },
  { name: 'Mr Harris', role: 'Class teacher at Hill Primary' },
] as const;

/**
 * An NHS number from the range the NHS keeps for tests (999 000 0000 to 999 999 9999, never issued to anyone) that
 * passes the check digit, different for each case.
 */
export function demoNhsNumber(index: number): string {
  for (let n = index; ; n += 100_000) {
    const first = `999${String(n % 1_000_000).padStart(6, '0')}`;
    let sum = 0;
    for (let i = 0; i < 9; i += 1) sum += Number(first[i]) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${first.slice(0, 3)} ${first.slice(3, 6)} ${first.slice(6)}${check}`;
  }
}

/**
 * The council's case number on every case and the NHS number on every other one. Chosen from the case's place, not
 * the world's random draws, so that the rest of the demo team stays as it was.
 */
function addReferences(world: DemoWorld, caseId: string, index: number, members: readonly Member[]): void {
  const council = members.find((member) => member.profession === 'social-worker')?.employingAgencyId ?? null;
  // Ids from the case's own, for the same reason: the world's random ids are its random draws too.
  const idFor = (n: number) => `${caseId.slice(0, -12)}${String(n).padStart(12, '0')}`;
  world.add(
    'caseReferences',
    {
      caseId,
      kind: 'council-case',
      label: '',
      agencyId: council,
      value: `CS-${String(204_000 + index * 7)}`,
    },
    { id: idFor(1) },
  );
  if (index % 2 === 0) {
    world.add(
      'caseReferences',
      {
        caseId,
        kind: 'nhs-number',
        label: '',
        agencyId: null,
        value: demoNhsNumber(index),
      },
      { id: idFor(2) },
    );
  }
}

/**
 * The case's bases for sharing as decisions: consent from a parent, or public task with safeguarding for health
 * information; every sixth case with consent later moved to public task, so the demo shows a consent kept in the
 * history with the reason for the change. Like the reference numbers, drawn from the case's place, not at random.
 */
function addSharingDecisions(
  world: DemoWorld,
  caseRow: { id: string; sharingBasis: string; openedAt: string; consentGivenOn: string | null },
  index: number,
  decidedBy: string | null,
): void {
  if (caseRow.sharingBasis === 'not-recorded') return;
  const idFor = (n: number) => `${caseRow.id.slice(0, -12)}${String(n + 10).padStart(12, '0')}`;
  const consent = caseRow.sharingBasis === 'consent';
  world.add(
    'sharingDecisions',
    {
      caseId: caseRow.id,
      basis: consent ? 'consent' : 'public-task',
      specialCategory: consent ? 'none' : 'safeguarding',
      decidedBy,
      decidedOn: caseRow.consentGivenOn ?? caseRow.openedAt,
      reason: consent
        ? 'The family agreed at the first meeting.'
        : 'Concerns of significant harm: the council has a duty to make enquiries.',
      reviewOn: world.day(30 + (index % 60)),
      consentGivenBy: consent ? 'Parent' : '',
      consentScope: consent ? 'Share with the agencies in the team around the child.' : '',
    },
    { id: idFor(1) },
  );
  if (consent && index % 6 === 1) {
    world.add(
      'sharingDecisions',
      {
        caseId: caseRow.id,
        basis: 'public-task',
        specialCategory: 'safeguarding',
        decidedBy,
        decidedOn: world.day(-5 - (index % 10)),
        reason: 'The parent withdrew consent; new concerns mean the team must share to protect the child.',
        reviewOn: world.day(20 + (index % 30)),
        consentGivenBy: '',
        consentScope: '',
      },
      { id: idFor(2) },
    );
  }
}

function addCase(world: DemoWorld, index: number, members: readonly Member[]): void {
  const columns = world.rows.boardColumns;
  // Cases go round the stages in turn, so every stage has cases.
  const column = columns[index % columns.length];
  if (!column) throw new Error('The demo needs board columns before cases.');
  const stage = index % columns.length;
  const team = world.sample(members, world.int(2, 4));
  const lead = team[0] ?? null;
  // Every third case at the closing stage has closed (counting only those cases, so it holds for any stage count).
  const closed = column.kind === 'closing' && Math.floor(index / columns.length) % 3 === 0;
  const opened = -world.int(20 + stage * 30, 60 + stage * 60);
  const consent = world.chance(0.7);
  const caseRow = world.add(
    'cases',
    {
      reference: `JU-${String(index + 1).padStart(4, '0')}`,
      displayName: `Child ${pseudonymLetters(index)}.`,
      columnId: column.id,
      leadMemberId: lead?.id ?? null,
      concerns: concerns(world),
      // About one in six reviews is overdue so the board has something to show.
      nextReviewDate: closed ? null : world.day(world.int(-20, 90)),
      status: closed ? 'closed' : 'open',
      openedAt: world.day(opened),
      closedAt: closed ? world.day(-world.int(1, 15)) : null,
      closeReason: closed ? 'Aims of the plan achieved; family agreed to close.' : '',
      outcome: closed ? 'School attendance above 90% and family linked to community support.' : '',
      sharingBasis: consent ? 'consent' : world.chance(0.5) ? 'legal-basis' : 'not-recorded',
      consentGivenBy: consent ? 'Parent' : '',
      consentGivenOn: consent ? world.day(opened + 2) : null,
      consentScope: consent ? 'Share with the agencies in the team around the child.' : '',
      legalBasis: consent ? '' : 'Information shared to protect the child from harm.',
      sharingRestriction: world.chance(0.1) ? 'Do not share the new address with the other parent.' : '',
      protocolVersionId: null,
    },
    { by: lead?.id },
  );
  const caseId = caseRow.id;
  addReferences(world, caseId, index, members);
  addSharingDecisions(world, caseRow, index, lead?.id ?? null);

  for (const member of team) {
    world.add('involvements', {
      caseId,
      memberId: member.id,
      agencyId: member.employingAgencyId,
      role: member.id === lead?.id ? 'Lead professional' : member.roleTitle,
      since: world.day(opened + world.int(0, 10)),
      until: null,
    });
  }

  const aimIds: string[] = [];
  for (const text of world.sample(AIMS, world.int(1, 3))) {
    const aim = world.add('aims', {
      caseId,
      text,
      progress: Math.min(100, stage * 20 + world.int(0, 20)),
      status: closed ? 'achieved' : 'working-towards',
    });
    aimIds.push(aim.id);
  }

  const actionCount = stage === 0 ? 1 : world.int(2, 5);
  for (let n = 0; n < actionCount; n += 1) {
    const owner = world.pick(team);
    // One action in five is owned by someone outside the team: a parent, the GP, the school.
    const outside = (index + n) % 5 === 2 ? OUTSIDE_OWNERS[(index + n) % OUTSIDE_OWNERS.length] : undefined;
    const status: ActionStatus =
      closed || world.chance(0.35) ? 'done' : world.chance(0.05) ? 'dropped' : 'open';
    // Roughly a quarter of open actions are past their due date.
    const due = world.day(status === 'open' && world.chance(0.25) ? -world.int(1, 30) : world.int(-60, 45));
    world.add('actions', {
      source: 'case',
      caseId,
      sessionId: null,
      text: world.pick(ACTIONS),
      ownerId: outside ? null : owner.id,
      outsideOwner: outside?.name ?? '',
      outsideOwnerRole: outside?.role ?? '',
      dueDate: due,
      status,
      aimId: world.chance(0.7) ? world.pick(aimIds) : null,
      doneAt: status === 'done' ? `${world.day(-world.int(1, 20))}T10:00:00.000Z` : null,
      doneBy: status === 'done' ? owner.id : null,
      dropReason: status === 'dropped' ? 'No longer needed after the review.' : '',
    });
  }

  const serviceCount = stage < 2 ? world.int(0, 1) : world.int(1, 2);
  for (const name of world.sample(SERVICES, serviceCount)) {
    const status: ServiceStatus = world.pick([
      'recommended',
      'obtained',
      'obtained',
      'declined',
      'not-available',
    ]);
    world.add('services', {
      caseId,
      name,
      recommendedBy: world.pick(team).id,
      recommendedOn: world.day(opened + world.int(5, 15)),
      status,
      obtainedOn: status === 'obtained' ? world.day(Math.min(-1, opened + world.int(20, 40))) : null,
      whyNot: status === 'declined' || status === 'not-available' ? world.pick(WHY_NOT) : '',
    });
  }

  // Most cases past referral have heard from the child or family at least once.
  for (let n = world.int(stage === 0 ? 0 : 1, 2); n > 0; n -= 1) {
    const whose: ViewWhose = world.pick(['child', 'child', 'family', 'parent', 'carer']);
    world.add('views', {
      caseId,
      whose,
      text: world.pick(VIEWS[whose]),
      recordedOn: world.day(opened + world.int(3, 20)),
      recordedBy: world.pick(team).id,
    });
  }

  const entries = world.int(3, 7);
  for (let n = 0; n < entries; n += 1) {
    const type: ChronologyType = n === 0 ? 'meeting' : world.pick(RANDOM_ENTRY_TYPES);
    world.add('chronology', {
      caseId,
      date: world.day(opened + Math.round(((n + 1) * -opened) / (entries + 1))),
      type,
      text: world.pick(CHRONOLOGY[type]),
      authorId: world.pick(team).id,
      reviewDue: null,
    });
  }

  addReviews(world, caseId, stage, opened, team);
}

/** Reviews and stage changes come from their own steps, not from the random pick. */
const RANDOM_ENTRY_TYPES = CHRONOLOGY_TYPES.filter((type) => type !== 'review');

/**
 * Cases from "plan in action" on have had reviews: each answered a due date, and about one in four was held late,
 * so "reviews held on time" has something to show.
 */
function addReviews(
  world: DemoWorld,
  caseId: string,
  stage: number,
  opened: number,
  team: readonly Member[],
) {
  if (stage < 3) return;
  let due = opened + 40;
  for (let n = world.int(1, 3); n > 0 && due < -1; n -= 1) {
    const held = Math.min(-1, due + (world.chance(0.25) ? world.int(1, 20) : -world.int(0, 5)));
    world.add('chronology', {
      caseId,
      date: world.day(held),
      type: 'review',
      text: world.pick(CHRONOLOGY.review),
      authorId: world.pick(team).id,
      reviewDue: world.day(due),
    });
    due += world.int(60, 100);
  }
}

export function generateCases(world: DemoWorld): void {
  const active = world.rows.members.filter((member) => member.status === 'active');
  for (let index = 0; index < world.size.cases; index += 1) addCase(world, index, active);
}
