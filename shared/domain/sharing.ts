/**
 * The basis on which a case's information is shared, as UK data protection law frames it: one of the lawful bases
 * a team uses and, for special-category data (health, for one), the substantial public interest condition for
 * safeguarding. Each decision is a row of `sharingDecisions`, never an edit: a change of basis adds a row with who
 * decided, when and why, so the consent that came before stays in the case's history.
 */
import { z } from 'zod';
import { syncedRecordSchema, uuidSchema, isoDateSchema } from '../sync/record';
import { longText, optionalDate, optionalId, shortText } from './fieldRules';

export const LAWFUL_BASES = ['consent', 'legal-obligation', 'public-task', 'vital-interests'] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];
export const LAWFUL_BASIS_LABELS: Record<LawfulBasis, string> = {
  consent: 'Consent',
  'legal-obligation': 'Legal obligation',
  'public-task': 'Public task',
  'vital-interests': 'Vital interests',
};
export const LAWFUL_BASIS_HINTS: Record<LawfulBasis, string> = {
  consent: 'The person, or someone able to consent for them, agreed to the sharing.',
  'legal-obligation': 'The law requires the sharing, for example a court order.',
  'public-task':
    'Sharing is needed for a duty the agency has in law, for example a child in need assessment.',
  'vital-interests': "Sharing is needed to protect someone's life.",
};

/** The condition for special-category data (health, ethnicity, sexual life): none, or safeguarding. */
export const SPECIAL_CATEGORY_CONDITIONS = ['none', 'safeguarding'] as const;
export type SpecialCategoryCondition = (typeof SPECIAL_CATEGORY_CONDITIONS)[number];
export const SPECIAL_CATEGORY_LABELS: Record<SpecialCategoryCondition, string> = {
  none: 'No special-category information shared',
  safeguarding: 'Substantial public interest: safeguarding of children and individuals at risk',
};

export const sharingDecisionSchema = syncedRecordSchema({
  caseId: uuidSchema,
  basis: z.enum(LAWFUL_BASES).default('consent'),
  specialCategory: z.enum(SPECIAL_CATEGORY_CONDITIONS).default('none'),
  /** The practitioner who decided, when they are in the directory. */
  decidedBy: optionalId.default(null),
  decidedOn: isoDateSchema,
  /** Why this basis: and, when it replaces another, why the basis changed. */
  reason: longText.default(''),
  reviewOn: optionalDate.default(null),
  /** With consent: who gave it ("Mother", "The young person") and what it covers. */
  consentGivenBy: shortText.default(''),
  consentScope: longText.default(''),
});
export type SharingDecision = z.infer<typeof sharingDecisionSchema>;

/** The stamp a row got when it was added: `caseId` never changes afterwards. */
const added = (row: Pick<SharingDecision, 'stamps'>) => row.stamps['caseId'] ?? '';

/** A case's decisions, newest first: the first is the basis in force, the rest its history. */
export function newestFirst<Row extends Pick<SharingDecision, 'decidedOn' | 'stamps'>>(
  rows: readonly Row[],
): Row[] {
  return [...rows].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || added(b).localeCompare(added(a)));
}

/**
 * The id of the decision an older case's own sharing fields become: the case's id with a fixed tail, so every PC
 * (and every older file) turns the same case into the same row, and bringing it in twice changes nothing.
 */
export function legacyDecisionId(caseId: string): string {
  return `${caseId.slice(0, -12)}5ba5e0000001`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Before data version 4, a case kept its basis in its own fields: "consent given" with who, when and what it
 * covered, or "a legal basis" in free words. This is the decision such a case becomes, stamped with the stamp of
 * its basis so that it is the same on every PC; null for a case with no basis recorded. A legal basis becomes
 * public task (the basis of a council's and the NHS's safeguarding duties) and keeps the words it was given, for
 * a person to check at the review.
 */
export function decisionFromOlderCase(raw: Record<string, unknown>): Record<string, unknown> | null {
  const { id, sharingBasis, stamps } = raw;
  if (typeof id !== 'string' || typeof stamps !== 'object' || stamps === null) return null;
  if (sharingBasis !== 'consent' && sharingBasis !== 'legal-basis') return null;
  const stamp: unknown = 'sharingBasis' in stamps ? stamps.sharingBasis : undefined;
  if (typeof stamp !== 'string') return null;
  const consent = sharingBasis === 'consent';
  const openedAt = text(raw['openedAt']);
  const consentOn = raw['consentGivenOn'];
  const row: Record<string, unknown> = {
    id: legacyDecisionId(id),
    caseId: id,
    basis: consent ? 'consent' : 'public-task',
    specialCategory: 'none',
    decidedBy: null,
    decidedOn: consent && typeof consentOn === 'string' ? consentOn : openedAt,
    reason: consent
      ? ''
      : `Recorded as a legal basis before the lawful bases were listed: ${text(raw['legalBasis'])}`.trim(),
    reviewOn: null,
    consentGivenBy: consent ? text(raw['consentGivenBy']) : '',
    consentScope: consent ? text(raw['consentScope']) : '',
    deleted: raw['deleted'] === true,
    purged: raw['purged'] === true,
    updatedBy: text(raw['updatedBy']),
    updatedAt: text(raw['updatedAt']),
  };
  const rowStamps: Record<string, string> = {};
  for (const key of Object.keys(row)) if (key !== 'id') rowStamps[key] = stamp;
  return { ...row, stamps: rowStamps };
}
