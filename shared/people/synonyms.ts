/**
 * The words teams use for the same need: abbreviations and synonyms "Who can help with…" treats as one, and the
 * forgiving comparison of a typed word with a written one (plurals, a slip of one letter).
 */

/** Each group is one need in the words different agencies use for it; the first is how it is usually written. */
export const BUILT_IN_TERMS: readonly (readonly string[])[] = [
  ['domestic abuse', 'domestic violence', 'DV', 'DA'],
  ['child sexual exploitation', 'CSE', 'sexual exploitation'],
  ['child criminal exploitation', 'CCE', 'criminal exploitation', 'county lines'],
  ['health visitor', 'HV', 'health visiting'],
  ['school nurse', 'school nursing'],
  [
    'special educational needs',
    'SEND',
    'SEN',
    'special educational needs and disabilities',
    'additional support needs',
    'ASN',
    'ALN',
    'additional learning needs',
  ],
  ['CAMHS', 'child and adolescent mental health', 'CAMHS clinician'],
  ['looked after children', 'LAC', 'CLA', 'children looked after', 'care experienced', 'in care'],
  ['child protection', 'CP'],
  ['designated safeguarding lead', 'DSL'],
  ['British Sign Language', 'BSL', 'sign language'],
  ['autism', 'ASD', 'autistic', 'autism spectrum'],
  ['ADHD', 'attention deficit'],
  ['self-harm', 'self harm', 'self-injury'],
  ['substance misuse', 'drugs', 'alcohol', 'substance use'],
  ['attendance', 'school attendance', 'truancy', 'non-attendance'],
  ['youth justice', 'youth offending', 'YOT', 'YJS'],
  ['missing children', 'missing from home', 'missing'],
  ['female genital mutilation', 'FGM'],
  ['education, health and care plan', 'EHCP', 'EHC plan'],
  ['general practitioner', 'GP'],
  ['homelessness', 'housing', 'tenancy'],
  ['benefits', 'welfare rights', 'money advice', 'debt advice'],
  ['perinatal mental health', 'postnatal depression', 'PND'],
];

/** One of the team's own words: an abbreviation or other name and what it means. */
export interface TeamWord {
  short: string;
  meaning: string;
}

/**
 * The built-in groups with the team's own words added: a word whose meaning (or abbreviation) is already a term of
 * a group joins that group, so "DVA → domestic abuse" also finds "domestic violence"; any other is a group of its
 * own. Empty words are left out.
 */
export function withTeamWords(
  words: readonly TeamWord[],
  groups: readonly (readonly string[])[] = BUILT_IN_TERMS,
): string[][] {
  const result = groups.map((group) => [...group]);
  for (const { short, meaning } of words) {
    const terms = [meaning.trim(), short.trim()].filter((term) => normalise(term) !== '');
    if (terms.length === 0) continue;
    const keys = new Set(terms.map(normalise));
    const group = result.find((candidate) => candidate.some((term) => keys.has(normalise(term))));
    if (group) {
      for (const term of terms)
        if (!group.some((known) => normalise(known) === normalise(term))) group.push(term);
    } else result.push(terms);
  }
  return result;
}

/** Lower case, single spaces, no punctuation but hyphens and apostrophes inside words. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((word) => word !== '')
    .join(' ');
}

/** A word's stem for comparing plurals: "visitors" and "visitor", "families" and "family", "classes" and "class". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function stemAll(text: string): string {
  return normalise(text).split(' ').map(stem).join(' ');
}

/** Whether two words are one slip apart (one letter added, dropped, changed, or two swapped). */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** One need asked for: every way of saying it that counts as a match. */
export interface Need {
  /** As typed. */
  asked: string;
  /** A term of a group: matched as whole words only, so "DA" does not find "daily". */
  term: boolean;
  /** The need's other words (normalised), the typed one first. */
  alternatives: string[];
}

/**
 * The needs in a query. A run of words that is one of the groups' terms ("domestic violence", "DV") is one need,
 * found by any of its group's terms; every other word is a need of its own.
 */
export function needsIn(query: string, groups: readonly (readonly string[])[] = BUILT_IN_TERMS): Need[] {
  const words = normalise(query)
    .split(' ')
    .filter((word) => word !== '');
  const byTerm = new Map<string, string[]>();
  let longest = 1;
  for (const group of groups) {
    const terms = group.map(normalise);
    for (const term of terms) {
      for (const key of new Set([term, stemAll(term)])) {
        const known = byTerm.get(key) ?? [];
        byTerm.set(key, [...known, ...terms.filter((other) => !known.includes(other))]);
      }
      longest = Math.max(longest, term.split(' ').length);
    }
  }
  const needs: Need[] = [];
  let at = 0;
  while (at < words.length) {
    let found: Need | null = null;
    for (let size = Math.min(longest, words.length - at); size >= 1 && !found; size -= 1) {
      const phrase = words.slice(at, at + size).join(' ');
      const group = byTerm.get(phrase) ?? byTerm.get(stemAll(phrase));
      if (group) {
        found = {
          asked: phrase,
          term: true,
          alternatives: [phrase, ...group.filter((term) => term !== phrase)],
        };
        at += size;
      }
    }
    if (!found) {
      const word = words[at] ?? '';
      found = { asked: word, term: false, alternatives: [word] };
      at += 1;
    }
    needs.push(found);
  }
  return needs;
}
