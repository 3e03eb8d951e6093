/**
 * "Who can help with…": a ranked search over skills, professions, role titles and what people say they do and
 * bring. What a person says they do NOT do is never searched, so asking for "child protection" does not turn up
 * someone who wrote that they do not carry out child protection enquiries.
 */
import type { Agency, Member } from '../domain/directory';
import { isCurrentMember, professionLabel, compareText } from './members';
import { BUILT_IN_TERMS, needsIn, normalise, oneSlipApart, stem, stemAll, type Need } from './synonyms';

/**
 * The examples the page's hint gives: each must find someone in the demo team (a test holds it to that), so a new
 * team trying the hint sees the search work.
 */
export const HELP_EXAMPLES = ['DV', 'school attendance', 'housing', 'BSL', 'HV', 'CAMHS', 'trauma'] as const;

export type MatchField = 'skill' | 'profession' | 'roleTitle' | 'whatIDo' | 'whatIBring' | 'name' | 'agency';

export const MATCH_FIELD_LABELS: Record<MatchField, string> = {
  skill: 'Skill',
  profession: 'Profession',
  roleTitle: 'Role',
  whatIDo: 'What they do',
  whatIBring: 'What they bring',
  name: 'Name',
  agency: 'Agency',
};

/** How much a match in each field counts: a named skill says most about who can help. */
const WEIGHTS: Record<MatchField, number> = {
  skill: 10,
  profession: 6,
  roleTitle: 5,
  name: 4,
  whatIDo: 3,
  whatIBring: 2,
  agency: 1,
};

interface IndexedText {
  field: MatchField;
  /** What to show as the reason, e.g. the skill itself. */
  label: string;
  /** Normalised: lower case, single spaces. */
  text: string;
  /** The same with each word's stem, so plurals match. */
  stemmed: string;
  /** The stems, for forgiving a slip of one letter. */
  words: string[];
}

function indexed(field: MatchField, label: string, raw: string): IndexedText {
  const stemmed = stemAll(raw);
  return { field, label, text: normalise(raw), stemmed, words: stemmed.split(/[ -]/) };
}

export interface SearchEntry {
  member: Member;
  texts: IndexedText[];
}

export interface SearchResult {
  member: Member;
  score: number;
  /** Why they matched, strongest first: "Skill: trauma". */
  reasons: { field: MatchField; label: string }[];
}

/** Prepares the members once, so each keystroke only compares lower-case strings. */
export function buildSearchIndex(
  members: readonly Member[],
  agencies: ReadonlyMap<string, Agency>,
): SearchEntry[] {
  return members.filter(isCurrentMember).map((member) => {
    const texts: IndexedText[] = member.skills.map((skill) => indexed('skill', skill, skill));
    const profession = professionLabel(member);
    texts.push(indexed('profession', profession, profession));
    if (member.roleTitle) texts.push(indexed('roleTitle', member.roleTitle, member.roleTitle));
    texts.push(indexed('name', member.name, member.name));
    if (member.whatIDo) texts.push(indexed('whatIDo', '', member.whatIDo));
    if (member.whatIBring) texts.push(indexed('whatIBring', '', member.whatIBring));
    for (const id of [member.employingAgencyId, member.hostAgencyId]) {
      const agency = id === null ? undefined : agencies.get(id);
      if (agency) texts.push(indexed('agency', agency.name, agency.name));
    }
    return { member, texts };
  });
}

/** 3 for a whole-word match, 2 for the start of a word (the person may still be typing), 0 otherwise. */
function wordMatch(text: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return 0;
    const before = at === 0 ? ' ' : text.charAt(at - 1);
    if (!/[\p{L}\p{N}]/u.test(before)) {
      const after = text.charAt(at + word.length);
      return after === '' || !/[\p{L}\p{N}]/u.test(after) ? 3 : 2;
    }
    from = at + 1;
  }
}

/**
 * How well a need matches a text: 3 for its words (or a synonym's, or their plurals) as whole words, 2 for the
 * start of a word while the person may still be typing, 1 for a typed word one slip from a written one.
 */
function needMatch(text: IndexedText, need: Need): number {
  let best = 0;
  for (const alternative of need.alternatives) {
    const quality = wordMatch(text.text, alternative);
    if (quality === 3) return 3;
    // Only the typed word may be half-typed; a synonym must be whole ("DA" does not find "daily").
    if (quality === 2 && !need.term) best = 2;
    if (wordMatch(text.stemmed, stemAll(alternative)) === 3) return 3;
  }
  // A slip of one letter, only in a word long enough for it to be a slip and not another word.
  const typed = stem(need.asked);
  if (!need.term && typed.length >= 5 && text.words.some((word) => oneSlipApart(word, typed))) return 1;
  return best;
}

/**
 * Members who match every need in the query (a word, or an abbreviation or phrase the team's words know, in any
 * of its forms), best first. A skill that is exactly what was asked for counts most. An empty query finds nobody.
 */
export function searchPeople(
  index: readonly SearchEntry[],
  query: string,
  groups: readonly (readonly string[])[] = BUILT_IN_TERMS,
): SearchResult[] {
  const needs = needsIn(query, groups);
  if (needs.length === 0) return [];
  const whole =
    needs.length === 1 ? (needs[0]?.alternatives ?? []) : [needs.map((need) => need.asked).join(' ')];
  const results: SearchResult[] = [];
  for (const entry of index) {
    let score = 0;
    const reasons = new Map<string, { field: MatchField; label: string; weight: number }>();
    let everyNeed = true;
    for (const need of needs) {
      let best = 0;
      for (const text of entry.texts) {
        const quality = needMatch(text, need);
        if (quality === 0) continue;
        const weight = WEIGHTS[text.field] * quality;
        best = Math.max(best, weight);
        const key = `${text.field}:${text.label}`;
        const known = reasons.get(key);
        if (!known || known.weight < weight)
          reasons.set(key, { field: text.field, label: text.label, weight });
      }
      if (best === 0) {
        everyNeed = false;
        break;
      }
      score += best;
    }
    if (!everyNeed) continue;
    // A skill that is exactly what was asked for goes to the top.
    if (entry.texts.some((text) => text.field === 'skill' && whole.includes(text.text))) score += 50;
    results.push({
      member: entry.member,
      score,
      reasons: [...reasons.values()]
        .sort((a, b) => b.weight - a.weight)
        .map(({ field, label }) => ({ field, label })),
    });
  }
  return results.sort((a, b) => b.score - a.score || compareText(a.member.name, b.member.name));
}

/** The other words searched for, to say so beside the results: "also domestic violence, DV". */
export function alsoSearched(
  query: string,
  groups: readonly (readonly string[])[] = BUILT_IN_TERMS,
): string[] {
  const written = new Map(groups.flat().map((term) => [normalise(term), term]));
  return needsIn(query, groups).flatMap((need) =>
    need.alternatives.slice(1).map((term) => written.get(term) ?? term),
  );
}
