/**
 * "Who can help with…": a ranked search over skills, professions, role titles and what people say they do and
 * bring. What a person says they do NOT do is never searched, so asking for "child protection" does not turn up
 * someone who wrote that they do not carry out child protection enquiries.
 */
import type { Agency, Member } from '../domain/directory';
import { isCurrentMember, professionLabel, compareText } from './members';

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
  text: string;
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
    const texts: IndexedText[] = member.skills.map((skill) => ({
      field: 'skill',
      label: skill,
      text: skill.toLowerCase(),
    }));
    const profession = professionLabel(member);
    texts.push({ field: 'profession', label: profession, text: profession.toLowerCase() });
    if (member.roleTitle)
      texts.push({ field: 'roleTitle', label: member.roleTitle, text: member.roleTitle.toLowerCase() });
    texts.push({ field: 'name', label: member.name, text: member.name.toLowerCase() });
    if (member.whatIDo) texts.push({ field: 'whatIDo', label: '', text: member.whatIDo.toLowerCase() });
    if (member.whatIBring)
      texts.push({ field: 'whatIBring', label: '', text: member.whatIBring.toLowerCase() });
    for (const id of [member.employingAgencyId, member.hostAgencyId]) {
      const agency = id === null ? undefined : agencies.get(id);
      if (agency) texts.push({ field: 'agency', label: agency.name, text: agency.name.toLowerCase() });
    }
    return { member, texts };
  });
}

export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((word) => word.length > 0);
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
 * Members who match every word of the query (at the start of a word in some searched field), best first. A whole
 * skill typed exactly counts most. An empty query finds nobody.
 */
export function searchPeople(index: readonly SearchEntry[], query: string): SearchResult[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  const results: SearchResult[] = [];
  for (const entry of index) {
    let score = 0;
    const reasons = new Map<string, { field: MatchField; label: string; weight: number }>();
    let everyWord = true;
    for (const word of words) {
      let best = 0;
      for (const text of entry.texts) {
        const quality = wordMatch(text.text, word);
        if (quality === 0) continue;
        const weight = WEIGHTS[text.field] * quality;
        best = Math.max(best, weight);
        const key = `${text.field}:${text.label}`;
        const known = reasons.get(key);
        if (!known || known.weight < weight)
          reasons.set(key, { field: text.field, label: text.label, weight });
      }
      if (best === 0) {
        everyWord = false;
        break;
      }
      score += best;
    }
    if (!everyWord) continue;
    // A skill that is exactly what was asked for goes to the top.
    if (entry.texts.some((text) => text.field === 'skill' && text.text === phrase)) score += 50;
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
