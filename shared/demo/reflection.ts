/**
 * Demo generation for reflection: a year of monthly sessions with mixed templates, attendance and apologies,
 * notes, decisions and actions (some done, some still carried forward, some dropped with a reason), and four
 * partnership health checks a quarter apart whose scores rise slowly, mostly answered anonymously.
 */
import type { ActionStatus } from '../domain/cases';
import { ENABLERS, type Enabler } from '../domain/reflection';
import { attendanceId } from '../reflection/attendanceId';
import { BUILT_IN_TEMPLATES } from '../reflection/templates';
import type { DemoWorld } from './world';

const NOTES = [
  'We agreed the handover between health visiting and school nursing still depends on who remembers to ring.',
  'Seconded colleagues said Friday decisions often reach them on Tuesday.',
  'Several people felt the referral form asks for the same thing three times.',
  'A good example: the joint visit with police and social work went smoothly because roles were agreed first.',
  'The family’s view changed the plan: they asked for meetings after school, and attendance improved.',
  'We do not all use the same words for thresholds; a shared glossary would help.',
  'Training on information sharing last spring made people more confident to ask for consent.',
];

const DECISIONS = [
  'Every new joint case has a named lead professional within two working days.',
  'Team decisions are written on the board the same day so part-time colleagues see them.',
  'We will try the shorter referral form for three months and then review it.',
  'Each agency brings one case a quarter to reflect on together.',
  'Joint home visits are planned with a short call beforehand to agree who says what.',
];

const SESSION_ACTIONS = [
  'Draft a one-page guide to each agency’s thresholds',
  'Ask the seconded staff which day suits them for meetings',
  'Book joint training on information sharing',
  'Trial the shorter referral form',
  'Put decisions on the team board the same day',
  'Invite a parent to tell us what helped',
  'Check supervision arrangements for seconded staff',
  'Update the team’s list of who does what',
];

const DROP_REASONS = [
  'Overtaken by the new council procedure.',
  'Agreed at the next session that it was no longer needed.',
  'The training was booked by the council instead.',
];

const COMMENTS: Partial<Record<Enabler, readonly string[]>> = {
  communication: ['Messages still go missing between visits.', 'Better since the weekly huddle started.'],
  'resources-time': ['Caseloads leave little time for joint work.', 'Cover for leave is thin.'],
  'peripheral-members': [
    'I only hear about decisions after the fact.',
    'Much better since notes are shared.',
  ],
  'joint-training': ['We have not trained together this year.'],
  'shared-aims': ['We agree on aims for children, less so on priorities.'],
};

/** The baseline of each enabler in the first check; later checks rise, with weaker areas improving more. */
const BASELINE: Record<Enabler, number> = {
  'role-clarity': 3,
  commitment: 3.5,
  'trust-respect': 3.5,
  'knowing-agencies': 2.5,
  'shared-aims': 3,
  communication: 2.2,
  'information-sharing': 2.5,
  'resources-time': 2,
  leadership: 3.5,
  accountability: 2.8,
  'joint-training': 2,
  'peripheral-members': 1.8,
  'children-families-views': 3,
};

function clampScore(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}

function generateSessions(world: DemoWorld): void {
  const members = world.rows.members.filter((member) => member.status === 'active');
  const cases = world.rows.cases;
  if (members.length === 0) return;
  const sessionIds: string[] = [];
  for (let month = 12; month >= 0; month -= 1) {
    const template = BUILT_IN_TEMPLATES[month % BUILT_IN_TEMPLATES.length];
    if (!template) continue;
    const date = world.day(-month * 30 + 5);
    const facilitator = world.pick(members);
    const caseRow = template.kind === 'case' && cases.length > 0 ? world.pick(cases) : null;
    const session = world.add('reflectionSessions', {
      date,
      title: `${template.name} – ${date.slice(0, 7)}`,
      facilitatorId: facilitator.id,
      templateKind: template.kind,
      templateId: null,
      caseId: caseRow?.id ?? null,
      procedureId: null,
      status: month === 0 ? 'planned' : 'held',
      createdAt: `${world.day(-month * 30)}T09:00:00.000Z`,
    });
    sessionIds.push(session.id);
    for (const member of month === 0 ? [] : members) {
      const roll = world.next();
      if (roll < 0.15) continue;
      world.add(
        'sessionAttendance',
        { sessionId: session.id, memberId: member.id, status: roll < 0.3 ? 'apologies' : 'attended' },
        { id: attendanceId(session.id, member.id) },
      );
    }
    // A health check session asks about a handful of enablers, not all thirteen.
    const prompts = template.kind === 'health-check' ? world.sample(template.prompts, 4) : template.prompts;
    prompts.forEach((prompt, index) => {
      world.add('sessionNotes', {
        sessionId: session.id,
        position: index + 1,
        prompt: prompt.text,
        guidance: prompt.guidance,
        minutes: prompt.minutes,
        text: month > 0 && world.chance(0.8) ? world.pick(NOTES) : '',
      });
    });
    // Next month's session is planned: nobody has met yet.
    if (month === 0) continue;
    for (const text of world.sample(DECISIONS, world.int(0, 2))) {
      world.add('sessionDecisions', { sessionId: session.id, text, proposesProcedureId: null });
    }
    for (let n = world.int(1, 3); n > 0; n -= 1) {
      const owner = world.pick(members);
      // Older sessions' actions are mostly settled; the last few months leave some open to carry forward.
      const status: ActionStatus =
        month > 3
          ? world.chance(0.8)
            ? 'done'
            : world.chance(0.5)
              ? 'dropped'
              : 'open'
          : world.chance(0.4)
            ? 'done'
            : 'open';
      world.add(
        'actions',
        {
          source: 'session',
          caseId: null,
          sessionId: session.id,
          text: world.pick(SESSION_ACTIONS),
          ownerId: owner.id,
          dueDate: world.day(-month * 30 + 5 + world.int(14, 40)),
          status,
          aimId: null,
          doneAt: status === 'done' ? `${world.day(-month * 30 + world.int(10, 28))}T10:00:00.000Z` : null,
          doneBy: status === 'done' ? owner.id : null,
          dropReason: status === 'dropped' ? world.pick(DROP_REASONS) : '',
        },
        { by: facilitator.id },
      );
    }
  }
}

function generateHealthChecks(world: DemoWorld): void {
  const members = world.rows.members.filter((member) => member.status === 'active');
  for (let quarter = 0; quarter < 4; quarter += 1) {
    const opensOn = world.day(-330 + quarter * 90);
    const check = world.add('healthChecks', {
      title: `Partnership health check ${quarter + 1}`,
      opensOn,
      closesOn: world.day(-330 + quarter * 90 + 14),
      enablers: [...ENABLERS],
      status: quarter === 3 ? 'open' : 'closed',
    });
    const answering = world.sample(members, Math.max(1, Math.round(members.length * 0.7)));
    for (const member of answering) {
      const signed = world.chance(0.2);
      world.add(
        'healthCheckResponses',
        {
          checkId: check.id,
          memberId: signed ? member.id : null,
          scores: ENABLERS.map((enabler) => {
            const lift =
              quarter * (enabler === 'peripheral-members' || enabler === 'communication' ? 0.45 : 0.25);
            const comments = COMMENTS[enabler];
            return {
              enabler,
              score: clampScore(BASELINE[enabler] + lift + (world.next() - 0.5) * 2),
              comment: comments && world.chance(0.15) ? world.pick(comments) : '',
            };
          }),
        },
        // An anonymous response carries no member id, not even in who last changed it.
        { by: signed ? member.id : '' },
      );
    }
  }
}

export function generateReflection(world: DemoWorld): void {
  generateSessions(world);
  generateHealthChecks(world);
}
