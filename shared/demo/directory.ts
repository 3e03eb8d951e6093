/**
 * Demo generation for the role directory: agencies from at least six sectors and members across them, with a
 * seconded member, part-timers and people who are not in the shared office.
 */
import type { Agency, Member, Profession, Weekday } from '../domain/directory';
import { WEEKDAYS } from '../domain/directory';
import {
  CORE_AGENCIES,
  FIRST_NAMES,
  PLACE_NAMES,
  PROFESSIONS_BY_AGENCY,
  PRONOUNS,
  ROLE_TITLES,
  SHARED_SKILLS,
  SKILLS,
  SURNAMES,
  type AgencySeed,
} from './text';
import type { DemoWorld } from './world';

function agencySeed(world: DemoWorld, index: number): AgencySeed {
  const core = CORE_AGENCIES[index % CORE_AGENCIES.length];
  if (!core) throw new Error('The demo needs at least one agency.');
  if (index < CORE_AGENCIES.length) return core;
  const place = PLACE_NAMES[Math.floor(index / CORE_AGENCIES.length) % PLACE_NAMES.length] ?? 'Northfield';
  return { ...core, name: `${core.name.replace('Northfield ', '')} — ${place} ${index}` };
}

function officeDays(world: DemoWorld, partTime: boolean): Weekday[] {
  if (!partTime) return [...WEEKDAYS];
  return world.sample(WEEKDAYS, world.int(2, 3)).sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

function memberFields(
  world: DemoWorld,
  index: number,
  agency: Agency,
): Omit<Member, 'id' | 'stamps' | 'deleted' | 'updatedBy' | 'updatedAt'> {
  const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Alex';
  const surname = world.pick(SURNAMES);
  const profession: Profession =
    index === 0 ? 'social-worker' : world.pick(PROFESSIONS_BY_AGENCY[agency.type]);
  // Every fifth person works part-time; every seventh is based mostly elsewhere.
  const partTime = index % 5 === 3;
  const coLocated = index % 7 !== 5;
  const seconded = index === 2 || (index > 20 && index % 23 === 2);
  const email = `${first}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '');
  return {
    name: `${first} ${surname}`,
    pronouns: world.pick(PRONOUNS),
    profession,
    professionOther: profession === 'other' ? 'Housing and welfare' : '',
    employingAgencyId: agency.id,
    hostAgencyId: null,
    roleTitle: index === 0 ? 'Team leader' : world.pick(ROLE_TITLES[profession]),
    whatIDo: `I bring the ${agency.name} view to joint cases and keep my service up to date with the plan.`,
    whatIDoNot: 'I do not hold statutory responsibility for decisions made by other agencies.',
    whatIBring: `Knowledge of how ${agency.name} works, its thresholds and who to call there.`,
    skills: [
      ...world.sample(SKILLS[profession], world.int(1, 3)),
      ...(world.chance(0.2) ? [world.pick(SHARED_SKILLS)] : []),
    ],
    phone: `01632 ${String(100000 + index * 37).slice(-6)}`,
    email: `${email}@example.org`,
    desk: coLocated ? `Desk ${(index % 40) + 1}` : '',
    officeDays: officeDays(world, partTime),
    hoursPerWeek: partTime ? world.pick([15, 18.5, 22.5]) : 37.5,
    coLocated,
    secondmentStart: seconded ? world.day(-world.int(60, 300)) : null,
    secondmentEnd: seconded ? world.day(world.int(60, 400)) : null,
    supervisorId: null,
    lineManagerId: null,
    status: index % 29 === 11 ? 'on-leave' : 'active',
    teamRole: index === 0 ? 'leader' : 'member',
  };
}

export function generateDirectory(world: DemoWorld): void {
  const agencyCount = Math.max(6, world.size.agencies);
  const agencies: Agency[] = [];
  for (let index = 0; index < agencyCount; index += 1) {
    const seed = agencySeed(world, index);
    agencies.push(
      world.add('agencies', {
        name: seed.name,
        type: seed.type,
        remit: seed.remit,
        howItWorks: seed.howItWorks,
        contacts: `Duty line 01632 ${String(960000 + index).slice(-6)}`,
      }),
    );
  }
  const memberCount = Math.max(8, world.size.members);
  const leaderId = world.leaderId;
  const hostAgency = agencies[0];
  const firstOfProfession = new Map<Profession, string>();
  for (let index = 0; index < memberCount; index += 1) {
    // The first members cover the core agencies in turn, so even a small team is multi-agency.
    const agency = index < agencies.length ? agencies[index % agencies.length] : world.pick(agencies);
    if (!agency || !hostAgency) throw new Error('The demo needs agencies before members.');
    const fields = memberFields(world, index, agency);
    if (fields.secondmentStart !== null) fields.hostAgencyId = hostAgency.id;
    if (index > 0) {
      // Professional supervision stays in the home profession; line management sits with the team leader.
      fields.lineManagerId = leaderId;
      fields.supervisorId = firstOfProfession.get(fields.profession) ?? leaderId;
    }
    const member = world.add('members', fields, index === 0 ? { id: leaderId } : {});
    if (index > 0 && !firstOfProfession.has(fields.profession))
      firstOfProfession.set(fields.profession, member.id);
  }
}
