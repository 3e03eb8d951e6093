/**
 * Demo generation for the role directory: agencies from at least six sectors and members across them — seconded
 * members (some whose secondment ends within the month) supervised in their home agency, part-timers, people based
 * elsewhere, people on leave and a few who have left, each with what they do, do not do and bring.
 */
import type { Agency, Member, Profession, Weekday } from '../domain/directory';
import { WEEKDAYS } from '../domain/directory';
import { ROLE_TEXT } from './directoryText';
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

type MemberFields = Omit<Member, 'id' | 'stamps' | 'deleted' | 'purged' | 'updatedBy' | 'updatedAt'>;

function agencySeed(index: number): AgencySeed {
  const core = CORE_AGENCIES[index % CORE_AGENCIES.length];
  if (!core) throw new Error('The demo needs at least one agency.');
  if (index < CORE_AGENCIES.length) return core;
  const place = PLACE_NAMES[Math.floor(index / CORE_AGENCIES.length) % PLACE_NAMES.length] ?? 'Northfield';
  return { ...core, name: `${core.name.replace('Northfield ', '')} — ${place} ${index}` };
}

function byWeekday(a: Weekday, b: Weekday): number {
  return WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b);
}

function officeDays(world: DemoWorld, partTime: boolean, coLocated: boolean): Weekday[] {
  // People based elsewhere come in for the weekly meeting, or not at all.
  if (!coLocated) return world.chance(0.5) ? [] : [world.pick(WEEKDAYS)];
  if (!partTime) return [...WEEKDAYS];
  return world.sample(WEEKDAYS, world.int(2, 3)).sort(byWeekday);
}

/** Every fifth person works part-time, every seventh is based elsewhere, a few are seconded or have left. */
function memberFields(world: DemoWorld, index: number, agency: Agency): MemberFields {
  const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Alex';
  const surname = world.pick(SURNAMES);
  const profession: Profession =
    index === 0 ? 'social-worker' : world.pick(PROFESSIONS_BY_AGENCY[agency.type]);
  const partTime = index % 5 === 3;
  const coLocated = index % 7 !== 5;
  const seconded = index === 2 || index === 9 || (index > 20 && index % 23 === 2);
  // One secondment always ends within the month, so the leader's view has something to act on.
  const endingSoon = index === 9;
  const left = index === 13 || (index > 20 && index % 31 === 19);
  const email = `${first}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '');
  const text = ROLE_TEXT[profession];
  return {
    name: `${first} ${surname}`,
    pronouns: world.pick(PRONOUNS),
    profession,
    professionOther: profession === 'other' ? 'Housing and welfare' : '',
    employingAgencyId: agency.id,
    hostAgencyId: null,
    roleTitle: index === 0 ? 'Team leader' : world.pick(ROLE_TITLES[profession]),
    whatIDo: text.does,
    whatIDoNot: text.doesNot,
    whatIBring: `${text.brings} I know how ${agency.name} works and who to call there.`,
    skills: [
      ...world.sample(SKILLS[profession], world.int(1, 3)),
      ...(world.chance(0.2) ? [world.pick(SHARED_SKILLS)] : []),
    ],
    phone: `01632 ${String(100000 + index * 37).slice(-6)}`,
    email: `${email}${index >= FIRST_NAMES.length ? index : ''}@example.org`,
    desk: coLocated ? `Desk ${(index % 40) + 1}` : '',
    officeDays: officeDays(world, partTime, coLocated),
    hoursPerWeek: partTime ? world.pick([15, 18.5, 22.5]) : 37.5,
    coLocated,
    secondmentStart: seconded ? world.day(-world.int(60, 300)) : null,
    secondmentEnd: seconded ? world.day(endingSoon ? world.int(5, 25) : world.int(60, 400)) : null,
    supervisorId: null,
    lineManagerId: null,
    status: left ? 'left' : index % 29 === 11 ? 'on-leave' : 'active',
    teamRole: index === 0 ? 'leader' : 'member',
  };
}

/**
 * Line management sits with the team leader; professional supervision only ever with a colleague of the same
 * profession (the leader supervises social workers): for a seconded member, one employed by their home agency, so
 * the two lines cross agencies. Someone with no such colleague in the team is supervised outside it, which the
 * demo leaves unrecorded rather than naming someone of another profession (a school nurse is not supervised by
 * the social work team leader).
 */
function assignAccountability(people: { id: string; fields: MemberFields }[], leaderId: string): void {
  for (const [index, person] of people.entries()) {
    if (index === 0) continue;
    const { fields } = person;
    fields.lineManagerId = leaderId;
    const seconded = fields.hostAgencyId !== null;
    const sameProfession = people.filter(
      (other, at) =>
        other !== person &&
        other.fields.status !== 'left' &&
        other.fields.profession === fields.profession &&
        // Seconded staff are supervised at home; others by a colleague who joined before them.
        (seconded
          ? other.fields.hostAgencyId === null && other.fields.employingAgencyId === fields.employingAgencyId
          : at < index),
    );
    fields.supervisorId = sameProfession[0]?.id ?? null;
  }
}

export function generateDirectory(world: DemoWorld): void {
  const agencyCount = Math.max(6, world.size.agencies);
  const agencies: Agency[] = [];
  for (let index = 0; index < agencyCount; index += 1) {
    const seed = agencySeed(index);
    agencies.push(
      world.add('agencies', {
        name: seed.name,
        type: seed.type,
        remit: seed.remit,
        howItWorks: seed.howItWorks,
        contacts: `Duty line 01632 ${String(960000 + index).slice(-6)}, weekdays 9am to 5pm.`,
      }),
    );
  }
  const memberCount = Math.max(8, world.size.members);
  const hostAgency = agencies[0];
  if (!hostAgency) throw new Error('The demo needs agencies before members.');
  const people: { id: string; fields: MemberFields }[] = [];
  for (let index = 0; index < memberCount; index += 1) {
    // The first members cover the core agencies in turn, so even a small team is multi-agency.
    const agency = index < agencies.length ? agencies[index % agencies.length] : world.pick(agencies);
    if (!agency) throw new Error('The demo needs agencies before members.');
    const fields = memberFields(world, index, agency);
    if (fields.secondmentStart !== null && agency.id !== hostAgency.id) fields.hostAgencyId = hostAgency.id;
    people.push({ id: index === 0 ? world.leaderId : world.id(), fields });
  }
  assignAccountability(people, world.leaderId);
  for (const person of people) world.add('members', person.fields, { id: person.id });
  for (const word of DEMO_SEARCH_WORDS) world.add('searchWords', { ...word });
}

/** The demo team's own words for who can help: each finds someone in the demo directory (a test holds it to that). */
export const DEMO_SEARCH_WORDS = [
  { short: 'MASH', meaning: 'multi-agency safeguarding hub' },
  { short: 'TAF', meaning: 'team around the family' },
] as const;
