/**
 * Joint cases and the tables several people add to at once (involvements, aims, actions, services, views,
 * chronology). Each child table is its own table so concurrent additions merge instead of overwriting an array.
 */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, syncedRecordSchema, uuidSchema } from '../sync/record';
import { longText, optionalDate, optionalId, shortText } from './fieldRules';
import { indicatorIdSchema } from './wellbeing';

export const CASE_STATUSES = ['open', 'closed'] as const;
export const SHARING_BASES = ['consent', 'legal-basis', 'not-recorded'] as const;
export type SharingBasis = (typeof SHARING_BASES)[number];
export const SHARING_BASIS_LABELS: Record<SharingBasis, string> = {
  consent: 'Consent given',
  'legal-basis': 'Shared on a legal basis',
  'not-recorded': 'Not yet recorded',
};

/** A pseudonymous reference such as JU-0042: letters, digits and dashes. */
const referenceSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, {
    message: 'Must be letters, digits and dashes, such as JU-0042.',
  });

export const caseSchema = syncedRecordSchema({
  reference: referenceSchema,
  /** As little as the work needs, for example "Child A." */
  displayName: shortText.default(''),
  columnId: uuidSchema,
  leadMemberId: optionalId.default(null),
  /** Wellbeing indicators of the team's framework (shared/domain/wellbeing.ts), or of an earlier one. */
  concerns: z.array(indicatorIdSchema).max(40).default([]),
  nextReviewDate: optionalDate.default(null),
  status: z.enum(CASE_STATUSES).default('open'),
  openedAt: isoDateSchema,
  closedAt: optionalDate.default(null),
  closeReason: longText.default(''),
  outcome: longText.default(''),
  // Information sharing: kept as separate fields so two people recording different parts merge cleanly.
  sharingBasis: z.enum(SHARING_BASES).default('not-recorded'),
  consentGivenBy: shortText.default(''),
  consentGivenOn: optionalDate.default(null),
  consentScope: longText.default(''),
  legalBasis: longText.default(''),
  sharingRestriction: longText.default(''),
  /** The version of the team's information-sharing protocol the case follows. */
  protocolVersionId: optionalId.default(null),
});
export type Case = z.infer<typeof caseSchema>;

export const involvementSchema = syncedRecordSchema({
  caseId: uuidSchema,
  memberId: optionalId.default(null),
  agencyId: optionalId.default(null),
  /** Their part in this child's plan, in plain words. */
  role: shortText.default(''),
  since: optionalDate.default(null),
  until: optionalDate.default(null),
});
export type Involvement = z.infer<typeof involvementSchema>;

export const AIM_STATUSES = ['working-towards', 'achieved', 'no-longer-needed'] as const;
export type AimStatus = (typeof AIM_STATUSES)[number];
export const AIM_STATUS_LABELS: Record<AimStatus, string> = {
  'working-towards': 'Working towards',
  achieved: 'Achieved',
  'no-longer-needed': 'No longer needed',
};

export const aimSchema = syncedRecordSchema({
  caseId: uuidSchema,
  text: longText,
  /** How far along, 0 to 100, as the team judges it at review. */
  progress: z.number().int().min(0).max(100, { message: 'Must be between 0 and 100.' }).default(0),
  status: z.enum(AIM_STATUSES).default('working-towards'),
});
export type Aim = z.infer<typeof aimSchema>;

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_SOURCES = ['case', 'session'] as const;

/** One table for actions agreed on a case and actions agreed in a reflection session. */
export const actionSchema = syncedRecordSchema({
  source: z.enum(ACTION_SOURCES).default('case'),
  caseId: optionalId.default(null),
  sessionId: optionalId.default(null),
  text: longText,
  ownerId: optionalId.default(null),
  /** Someone outside the team who owns it (a parent, a GP, a school), by name; used when `ownerId` is empty. */
  outsideOwner: shortText.default(''),
  /** Their part, in plain words: "Mother", "GP", "Class teacher". */
  outsideOwnerRole: shortText.default(''),
  dueDate: optionalDate.default(null),
  status: z.enum(ACTION_STATUSES).default('open'),
  aimId: optionalId.default(null),
  doneAt: isoDateTimeSchema.nullable().default(null),
  doneBy: optionalId.default(null),
  /** Why a session action was dropped instead of done. */
  dropReason: longText.default(''),
});
export type Action = z.infer<typeof actionSchema>;

export const SERVICE_STATUSES = ['recommended', 'obtained', 'declined', 'not-available'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
export const SERVICE_STATUS_LABELS: Record<ServiceStatus, string> = {
  recommended: 'Recommended',
  obtained: 'Obtained',
  declined: 'Declined by the family',
  'not-available': 'Not available',
};

export const serviceSchema = syncedRecordSchema({
  caseId: uuidSchema,
  name: shortText,
  recommendedBy: optionalId.default(null),
  recommendedOn: optionalDate.default(null),
  status: z.enum(SERVICE_STATUSES).default('recommended'),
  obtainedOn: optionalDate.default(null),
  /** Why it was declined or not available: evidence of gaps in local services. */
  whyNot: longText.default(''),
});
export type Service = z.infer<typeof serviceSchema>;

export const VIEW_WHOSE = ['child', 'family', 'parent', 'carer'] as const;
export type ViewWhose = (typeof VIEW_WHOSE)[number];

export const viewSchema = syncedRecordSchema({
  caseId: uuidSchema,
  whose: z.enum(VIEW_WHOSE),
  text: longText,
  recordedOn: isoDateSchema,
  recordedBy: optionalId.default(null),
  /** Why it was removed, in the words of whoever removed it (its author or a team leader). */
  removedReason: longText.default(''),
});
export type View = z.infer<typeof viewSchema>;

export const CHRONOLOGY_TYPES = [
  'meeting',
  'home-visit',
  'call',
  'information-shared',
  'decision',
  'stage-change',
  'note',
  'review',
] as const;
export type ChronologyType = (typeof CHRONOLOGY_TYPES)[number];
export const CHRONOLOGY_TYPE_LABELS: Record<ChronologyType, string> = {
  meeting: 'Meeting',
  'home-visit': 'Home visit',
  call: 'Call',
  'information-shared': 'Information shared',
  decision: 'Decision',
  'stage-change': 'Moved stage',
  note: 'Note',
  review: 'Review held',
};

export const chronologySchema = syncedRecordSchema({
  caseId: uuidSchema,
  date: isoDateSchema,
  type: z.enum(CHRONOLOGY_TYPES).default('note'),
  text: longText,
  authorId: optionalId.default(null),
  /** On a review entry: the review date it answered, so the team can tell whether reviews are held on time. */
  reviewDue: optionalDate.default(null),
  /** Why it was removed, in the words of whoever removed it (its author or a team leader). */
  removedReason: longText.default(''),
});
export type ChronologyEntry = z.infer<typeof chronologySchema>;

/** The kinds of reference number an agency gives a child or family, each with the words a case page shows. */
export const REFERENCE_KINDS = ['council-case', 'nhs-number', 'police', 'education', 'other'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
export const REFERENCE_KIND_LABELS: Record<ReferenceKind, string> = {
  'council-case': "Council's case number",
  'nhs-number': 'NHS number',
  police: 'Police reference',
  education: 'School or education reference',
  other: 'Another reference',
};

/**
 * One agency's own reference number for the case. A row of its own, so that two practitioners each adding their
 * agency's number keep both.
 */
export const caseReferenceSchema = syncedRecordSchema({
  caseId: uuidSchema,
  kind: z.enum(REFERENCE_KINDS).default('other'),
  /** What the number is, for `other` ("Housing tenancy number"). */
  label: shortText.default(''),
  /** The agency whose number it is, when it is in the directory. */
  agencyId: optionalId.default(null),
  value: z.string().trim().max(60, { message: 'Must be 60 characters or fewer.' }),
});
export type CaseReference = z.infer<typeof caseReferenceSchema>;
