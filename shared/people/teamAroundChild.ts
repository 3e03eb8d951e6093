/**
 * The team around the child: for a case's wellbeing concerns, which professions usually help, who in the team
 * could be asked, and where a concern has nobody with the right background involved yet.
 */
import type { NamedConcern, Shanarri } from '../domain/wellbeing';
import type { Member, Profession } from '../domain/directory';
import { PROFESSION_LABELS } from '../domain/directory';
import { isCurrentMember, professionLabel, compareText } from './members';

interface ConcernFit {
  /** Professions whose absence is a gap for this concern. */
  professions: readonly Profession[];
  /** Professions that often help too, but whose absence is not a gap. */
  alsoHelpful: readonly Profession[];
  /** Words in a skill that suggest the person can help with this concern. */
  skillHints: readonly string[];
  /** What is missing, in plain words, when the concern has a gap. */
  gap: string;
}

const MENTAL_HEALTH_HINTS = [
  'mental health',
  'anxiety',
  'self-harm',
  'self harm',
  'trauma',
  'emotional',
  'wellbeing',
];

/**
 * By SHANARRI indicator: every built-in indicator of the other frameworks names its nearest (wellbeing.ts), and the
 * team's own indicators have none, so they suggest nobody.
 */
export const CONCERN_FIT: Record<Shanarri, ConcernFit> = {
  safe: {
    professions: ['social-worker', 'police-officer'],
    alsoHelpful: ['family-support-worker'],
    skillHints: ['child protection', 'domestic abuse', 'missing', 'exploitation', 'online safety', 'safety'],
    gap: 'No social worker or police officer is involved.',
  },
  healthy: {
    professions: ['health-visitor', 'school-nurse', 'camhs-clinician'],
    alsoHelpful: [],
    skillHints: ['health', 'feeding', 'development', 'sleep', 'dental', ...MENTAL_HEALTH_HINTS],
    gap: 'No health professional (health visitor, school nurse or mental health clinician) is involved.',
  },
  achieving: {
    professions: ['teacher', 'education-staff'],
    alsoHelpful: [],
    skillHints: ['literacy', 'attendance', 'additional support', 'learning', 'school', 'transition'],
    gap: 'Nobody from education is involved.',
  },
  nurtured: {
    professions: ['social-worker', 'family-support-worker'],
    alsoHelpful: ['health-visitor', 'camhs-clinician'],
    skillHints: ['parenting', 'kinship', 'attachment', 'routines', 'nurture', 'life story'],
    gap: 'No social worker or family support worker is involved.',
  },
  active: {
    professions: ['youth-worker'],
    alsoHelpful: ['teacher', 'family-support-worker'],
    skillHints: ['group work', 'outreach', 'sport', 'activities', 'play'],
    gap: 'No youth worker is involved to help with activities and play.',
  },
  respected: {
    professions: [],
    alsoHelpful: ['social-worker', 'youth-worker'],
    skillHints: ['advocacy', 'rights', 'participation', 'sign language', 'interpreting'],
    gap: '',
  },
  responsible: {
    professions: [],
    alsoHelpful: ['youth-worker', 'police-officer'],
    skillHints: ['restorative', 'offending', 'diversion', 'exploitation'],
    gap: '',
  },
  included: {
    professions: [],
    alsoHelpful: ['education-staff', 'family-support-worker', 'other'],
    skillHints: ['benefits', 'debt', 'housing', 'tenancy', 'homelessness', 'young carers', 'language'],
    gap: '',
  },
};

export interface TeamSuggestion {
  member: Member;
  /** The names of the concerns this person could help with. */
  concerns: string[];
  /** Why, in plain words: "Health visitor", "Skill: anxiety". */
  reasons: string[];
  score: number;
}

export interface TeamGap {
  /** The indicator's id. */
  concern: string;
  message: string;
  /** The professions that would fill it. */
  professions: string[];
}

export interface CaseTeamAdvice {
  suggestions: TeamSuggestion[];
  gaps: TeamGap[];
}

function matchingSkills(member: Member, hints: readonly string[]): string[] {
  return member.skills.filter((skill) => {
    const lower = skill.toLowerCase();
    return hints.some((hint) => lower.includes(hint));
  });
}

/**
 * Suggestions of current members (not on leave, not already involved) whose profession or skills fit the case's
 * concerns, best first, and the concerns that have nobody of a fitting profession involved.
 */
export function suggestForCase(
  caseConcerns: readonly NamedConcern[],
  involvedMembers: readonly Member[],
  allMembers: readonly Member[],
  limit = 8,
): CaseTeamAdvice {
  const involvedIds = new Set(involvedMembers.map((member) => member.id));
  const gaps: TeamGap[] = [];
  for (const concern of caseConcerns) {
    const fit = concern.near === null ? null : CONCERN_FIT[concern.near];
    if (!fit || fit.professions.length === 0) continue;
    const covered = involvedMembers.some(
      (member) => !member.deleted && member.status !== 'left' && fit.professions.includes(member.profession),
    );
    if (!covered) {
      gaps.push({
        concern: concern.id,
        message: `${concern.label}: ${fit.gap}`,
        professions: fit.professions.map((profession) => PROFESSION_LABELS[profession]),
      });
    }
  }
  const suggestions: TeamSuggestion[] = [];
  for (const member of allMembers) {
    if (!isCurrentMember(member) || member.status !== 'active' || involvedIds.has(member.id)) continue;
    const concerns: string[] = [];
    const reasons = new Set<string>();
    let score = 0;
    for (const concern of caseConcerns) {
      const fit = concern.near === null ? null : CONCERN_FIT[concern.near];
      if (!fit) continue;
      let helps = false;
      if (fit.professions.includes(member.profession)) {
        // Filling a gap matters more than adding a second person of a profession already there.
        score += gaps.some((gap) => gap.concern === concern.id) ? 6 : 3;
        helps = true;
        reasons.add(professionLabel(member));
      } else if (fit.alsoHelpful.includes(member.profession)) {
        score += 1;
        helps = true;
        reasons.add(professionLabel(member));
      }
      const skills = matchingSkills(member, fit.skillHints);
      if (skills.length > 0) {
        score += 2 * skills.length;
        helps = true;
        for (const skill of skills) reasons.add(`Skill: ${skill}`);
      }
      if (helps) concerns.push(concern.label);
    }
    if (concerns.length > 0) suggestions.push({ member, concerns, reasons: [...reasons], score });
  }
  suggestions.sort((a, b) => b.score - a.score || compareText(a.member.name, b.member.name));
  return { suggestions: suggestions.slice(0, limit), gaps };
}
