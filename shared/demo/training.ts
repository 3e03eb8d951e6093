/**
 * Demo generation for the training log: two years of joint courses across professions, single-agency updates,
 * post-qualifying courses, shadowing and inductions, learning on the job, planned events ahead (some past and
 * waiting for attendance), and required training chosen from the log (a yearly child-protection refresher that
 * some people are overdue for, joint safeguarding courses by title, time with another agency by type).
 */
import type { Member, Profession } from '../domain/directory';
import type { TrainingType } from '../domain/training';
import type { DemoWorld } from './world';

interface Course {
  title: string;
  type: TrainingType;
  hours: number;
  provider: string;
  learnt: string;
  changed: string;
}

const COURSES: readonly Course[] = [
  {
    title: 'Working together to keep children safe',
    type: 'joint',
    hours: 6,
    provider: 'Northfield Safeguarding Partnership',
    learnt: 'How each agency weighs risk and when it acts.',
    changed: 'We agree who leads before a joint visit.',
  },
  {
    title: 'Neglect: spotting it early across services',
    type: 'joint',
    hours: 3.5,
    provider: 'Northfield Safeguarding Partnership',
    learnt: 'Signs of neglect that a single service may not see on its own.',
    changed: 'We share small worries sooner.',
  },
  {
    title: 'Domestic abuse and children: a shared response',
    type: 'joint',
    hours: 4,
    provider: 'Women’s Aid trainers',
    learnt: 'What a risk assessment from another agency means for our plan.',
    changed: 'Safety plans now name who checks in with the family.',
  },
  {
    title: 'Child protection refresher',
    type: 'single-agency',
    hours: 3,
    provider: 'Own agency',
    learnt: 'Changes to local procedures this year.',
    changed: 'Updated my referral checklist.',
  },
  {
    title: 'Record keeping update',
    type: 'single-agency',
    hours: 1.5,
    provider: 'Own agency',
    learnt: 'What a good chronology entry looks like.',
    changed: 'Shorter, dated entries.',
  },
  {
    title: 'Certificate in systemic practice (module)',
    type: 'post-qualifying',
    hours: 14,
    provider: 'Northfield University',
    learnt: 'Seeing the family as a whole system.',
    changed: 'I ask about relationships before problems.',
  },
  {
    title: 'Team away day',
    type: 'team-building',
    hours: 5,
    provider: 'Team leader',
    learnt: 'What each of us is under pressure from.',
    changed: 'A weekly ten-minute huddle.',
  },
];

const SHADOWING = ['A day with the police child abuse team', 'Shadowing a health visitor', 'A day in school'];
const INFORMAL = [
  'Talked through a threshold decision with a colleague',
  'Joint home visit: learning from each other',
  'Lunchtime case discussion',
];

/** Each attendee keeps the profession they had then; one person qualified as a social worker last year. */
function professionThen(
  member: Member,
  date: string,
  changeDate: string,
  changer: string | null,
): Profession {
  return member.id === changer && date < changeDate ? 'family-support-worker' : member.profession;
}

export function generateTraining(world: DemoWorld): void {
  const members = world.rows.members.filter((member) => member.status !== 'left');
  if (members.length < 3) return;
  const changer =
    members.find((member, index) => index > 0 && member.profession === 'social-worker')?.id ?? null;
  const changeDate = world.day(-300);
  const addEntry = (
    course: Course,
    days: number,
    attendees: readonly Member[],
    status: 'done' | 'planned',
    extra: { external?: { profession: string; count: number }[] } = {},
  ) => {
    const date = world.day(days);
    const entry = world.add('trainingEntries', {
      title: course.title,
      type: course.type,
      date,
      hours: course.hours,
      participatoryHours: Math.min(
        course.hours,
        Math.round(course.hours * world.pick([0.25, 0.5, 0.75]) * 4) / 4,
      ),
      provider: course.provider,
      learnt: status === 'done' ? course.learnt : '',
      changedPractice: status === 'done' ? course.changed : '',
      peerReflectionWith: '',
      peerReflectionOutcome: '',
      externalAttendees: extra.external ?? [],
      sessionId: null,
      status,
    });
    for (const member of attendees) {
      const own = status === 'done' && world.chance(0.3);
      world.add('trainingAttendance', {
        entryId: entry.id,
        memberId: member.id,
        professionAtTheTime: professionThen(member, date, changeDate, changer),
        agencyIdAtTheTime: member.employingAgencyId,
        invited: status === 'planned',
        attended: status === 'planned' ? null : true,
        learnt: own ? `For my own work: ${course.learnt.toLowerCase()}` : '',
        changedPractice: own ? course.changed : '',
        peerReflectionWith: own && world.chance(0.5) ? world.pick(members).name : '',
        peerReflectionOutcome: '',
      });
    }
  };

  const joint = COURSES.filter((course) => course.type === 'joint');
  const others = COURSES.filter(
    (course) => course.type !== 'joint' && course.title !== 'Child protection refresher',
  );
  const refresher = COURSES.find((course) => course.title === 'Child protection refresher');
  // Joint training about every five weeks for two years, each with people from several professions.
  for (let days = -725; days < -3; days += world.int(28, 42)) {
    const external = world.chance(0.4)
      ? [{ profession: world.pick(['GP', 'Housing officer', 'Midwife']), count: world.int(1, 4) }]
      : [];
    addEntry(
      world.pick(joint),
      days,
      world.sample(members, world.int(3, Math.min(8, members.length))),
      'done',
      { external },
    );
  }
  for (let days = -700; days < -3; days += world.int(40, 70)) {
    const course = world.pick(others);
    addEntry(
      course,
      days,
      world.sample(members, course.type === 'team-building' ? Math.min(members.length, 30) : world.int(1, 3)),
      'done',
    );
  }
  for (const [index, member] of members.entries()) {
    if (index % 3 === 0) {
      const title = world.pick(SHADOWING);
      addEntry(
        {
          title,
          type: 'shadowing',
          hours: 7,
          provider: 'Partner agency',
          learnt: 'How their day really runs.',
          changed: 'I know who to call there.',
        },
        -world.int(20, 600),
        [member],
        'done',
      );
    }
    if (index % 4 === 1) {
      const title = world.pick(INFORMAL);
      addEntry(
        {
          title,
          type: 'informal',
          hours: world.pick([0.5, 1, 1.5]),
          provider: 'Colleague',
          learnt: 'Another profession’s view of the same family.',
          changed: 'I check my assumptions with them first.',
        },
        -world.int(5, 400),
        [member, world.pick(members)].filter((m, at, list) => list.indexOf(m) === at),
        'done',
      );
    }
    if (index % 5 === 2) {
      addEntry(
        {
          title: 'Induction to the partner agencies',
          type: 'induction',
          hours: 6,
          provider: 'Team leader',
          learnt: 'Each agency’s remit and thresholds.',
          changed: 'I route requests to the right service.',
        },
        -world.int(30, 500),
        [member],
        'done',
      );
    }
    // Yearly refreshers: most people are in date, some due within the month, some overdue, a few never went.
    const [from, to] = index % 4 === 0 ? [370, 500] : index % 4 === 2 ? [340, 360] : [30, 320];
    if (refresher && index % 6 !== 5) addEntry(refresher, -world.int(from, to), [member], 'done');
  }
  // Planned events: two ahead with invitations, one held last week that still needs attendance marked.
  const ahead = joint[0];
  if (ahead) {
    addEntry(ahead, world.int(10, 40), world.sample(members, Math.min(6, members.length)), 'planned');
    addEntry(
      { ...ahead, title: 'Trauma-informed practice together', hours: 3 },
      world.int(45, 90),
      world.sample(members, Math.min(8, members.length)),
      'planned',
    );
    addEntry(
      { ...ahead, title: 'Information sharing: what we can and cannot share', hours: 2 },
      -world.int(2, 7),
      world.sample(members, Math.min(5, members.length)),
      'planned',
    );
  }
  // Requirements name the training that counts, as a team leader chooses it from the log.
  world.add('requiredTraining', {
    title: 'Yearly child protection refresher',
    acceptsTitles: ['Child protection refresher'],
    acceptsTypes: [],
    matchText: '',
    matchType: null,
    appliesToProfessions: ['social-worker', 'health-visitor', 'school-nurse', 'teacher', 'police-officer'],
    renewEveryMonths: 12,
  });
  world.add('requiredTraining', {
    title: 'Joint safeguarding course every three years',
    acceptsTitles: [
      'Working together to keep children safe',
      'Neglect: spotting it early across services',
      'Domestic abuse and children: a shared response',
    ],
    acceptsTypes: [],
    matchText: '',
    matchType: null,
    appliesToProfessions: ['social-worker', 'family-support-worker', 'camhs-clinician', 'youth-worker'],
    renewEveryMonths: 36,
  });
  world.add('requiredTraining', {
    title: 'Time with another agency every two years',
    acceptsTitles: [],
    acceptsTypes: ['shadowing', 'induction'],
    matchText: '',
    matchType: null,
    appliesToProfessions: ['social-worker', 'health-visitor', 'teacher'],
    renewEveryMonths: 24,
  });
}
