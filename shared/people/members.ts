/**
 * Plain rules about members that every People screen shares: who can still be chosen, how a profession reads,
 * which agency a person is hosted by, duplicate emails and skill suggestions.
 */
import type { Agency, Member } from '../domain/directory';
import { PROFESSION_LABELS } from '../domain/directory';

const collator = new Intl.Collator('en-GB');

/**
 * Compares names and labels the way an English reader expects. One shared collator: `localeCompare` with a locale
 * builds a new one on every call, which made sorting a few hundred people noticeably slow.
 */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Not deleted and not left: people who can be chosen in pickers and asked for help. */
export function isCurrentMember(member: Member): boolean {
  return !member.deleted && member.status !== 'left';
}

/** The profession as the person would say it: their own words when they chose "Other". */
export function professionLabel(member: Pick<Member, 'profession' | 'professionOther'>): string {
  if (member.profession === 'other' && member.professionOther.trim() !== '') return member.professionOther;
  return PROFESSION_LABELS[member.profession];
}

/** Seconded: hosted by an agency other than their employer, or with secondment dates. */
export function isSeconded(member: Member): boolean {
  const hostedElsewhere = member.hostAgencyId !== null && member.hostAgencyId !== member.employingAgencyId;
  return hostedElsewhere || member.secondmentStart !== null || member.secondmentEnd !== null;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Another live member (not deleted, not left) with the same email, ignoring case; null when there is none. People
 * who have left keep their email on record, so someone returning can be added again.
 */
export function duplicateByEmail(
  members: readonly Member[],
  email: string,
  exceptId: string | null = null,
): Member | null {
  const wanted = normaliseEmail(email);
  if (wanted === '') return null;
  return (
    members.find(
      (member) =>
        member.id !== exceptId && isCurrentMember(member) && normaliseEmail(member.email) === wanted,
    ) ?? null
  );
}

/** Trims and collapses spaces, so "  Self  harm " and "self harm" count as one skill. */
export function normaliseSkill(skill: string): string {
  return skill.trim().replace(/\s+/g, ' ');
}

/** Adds a skill unless it is empty or already there (ignoring case). */
export function addSkill(skills: readonly string[], skill: string): string[] {
  const clean = normaliseSkill(skill);
  if (clean === '') return [...skills];
  if (skills.some((existing) => existing.toLowerCase() === clean.toLowerCase())) return [...skills];
  return [...skills, clean];
}

/**
 * Skills already used in the team, most used first, that contain what was typed and are not already chosen.
 * Suggesting the team's own words keeps one skill from being spelt five ways.
 */
export function skillSuggestions(
  members: readonly Member[],
  typed: string,
  chosen: readonly string[] = [],
  limit = 8,
): string[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const member of members) {
    if (member.deleted) continue;
    for (const skill of member.skills) {
      const key = skill.toLowerCase();
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { label: skill, count: 1 });
    }
  }
  const wanted = normaliseSkill(typed).toLowerCase();
  const taken = new Set(chosen.map((skill) => skill.toLowerCase()));
  return [...counts.entries()]
    .filter(([key]) => !taken.has(key) && key.includes(wanted))
    .sort(
      (a, b) =>
        Number(b[0].startsWith(wanted)) - Number(a[0].startsWith(wanted)) ||
        b[1].count - a[1].count ||
        compareText(a[1].label, b[1].label),
    )
    .slice(0, limit)
    .map(([, entry]) => entry.label);
}

/** Every skill in use, alphabetically (for the directory's skill filter). */
export function allSkills(members: readonly Member[]): string[] {
  const seen = new Map<string, string>();
  for (const member of members) {
    if (member.deleted) continue;
    for (const skill of member.skills)
      if (!seen.has(skill.toLowerCase())) seen.set(skill.toLowerCase(), skill);
  }
  return [...seen.values()].sort(compareText);
}

export function agencyName(agencies: ReadonlyMap<string, Agency>, id: string | null): string {
  if (id === null) return '';
  return agencies.get(id)?.name ?? '';
}

/** "Name (Agency)" for a line of accountability, with plain words when nobody is recorded. */
export function accountabilityLine(
  personId: string | null,
  members: ReadonlyMap<string, Member>,
  agencies: ReadonlyMap<string, Agency>,
): string {
  if (personId === null) return 'Not recorded';
  const person = members.get(personId);
  if (!person) return 'Not recorded';
  const agency = agencyName(agencies, person.employingAgencyId);
  const left = person.status === 'left' ? ' — has left the team' : '';
  return `${person.name}${agency ? ` (${agency})` : ''}${left}`;
}

export function byId<Row extends { id: string }>(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [row.id, row]));
}
