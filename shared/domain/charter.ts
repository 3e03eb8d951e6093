/**
 * The team charter: the team's joint aims and their targets (with readings recorded by hand), what each agency
 * commits to the team, and the team's procedures with their versions and who has read them. Readings, versions and
 * reads are tables of their own because several people add them at once on different PCs.
 */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, syncedRecordSchema, uuidSchema } from '../sync/record';
import { longText, optionalDate, optionalId, shortText } from './fieldRules';

/** Figures the app can work out itself from the team's records; 'recorded' means the owner enters values. */
export const TARGET_MEASURES = [
  'services-obtained-share',
  'reviews-on-time-share',
  'members-with-joint-training-share',
  'health-check-average',
  'recorded',
] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];
export type MeasuredBy = Exclude<TargetMeasure, 'recorded'>;

export const TARGET_MEASURE_LABELS: Record<TargetMeasure, string> = {
  'services-obtained-share': 'Share of recommended services the families obtained (from the board)',
  'reviews-on-time-share': 'Share of case reviews held on time (from the board)',
  'members-with-joint-training-share': 'Share of members with joint training in the last 12 months',
  'health-check-average': 'Average score in the partnership health check',
  recorded: 'Recorded by hand: the owner enters the value with a date',
};

export const TARGET_UNITS = ['%', 'days', 'count', 'score'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];
export const TARGET_UNIT_LABELS: Record<TargetUnit, string> = {
  '%': 'Per cent',
  days: 'Days',
  count: 'Number',
  score: 'Score',
};

/** Whether the target is met by reaching the value or by staying at or under it (days to a service). */
export const TARGET_DIRECTIONS = ['at-least', 'at-most'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];
export const TARGET_DIRECTION_LABELS: Record<TargetDirection, string> = {
  'at-least': 'At least this value',
  'at-most': 'No more than this value',
};

const targetNumber = z
  .number({ message: 'Enter a number.' })
  .finite({ message: 'Enter a number.' })
  .min(0, { message: 'Must be 0 or more.' })
  .max(1_000_000, { message: 'Must be 1,000,000 or less.' });

export const charterAimSchema = syncedRecordSchema({
  title: shortText,
  description: longText.default(''),
  ownerId: optionalId.default(null),
  reviewDate: optionalDate.default(null),
});
export type CharterAim = z.infer<typeof charterAimSchema>;

export const charterTargetSchema = syncedRecordSchema({
  aimId: uuidSchema,
  description: shortText,
  measure: z.enum(TARGET_MEASURES).default('recorded'),
  /** Required: a target nobody can check is not a target. */
  howMeasured: longText,
  targetValue: targetNumber,
  unit: z.enum(TARGET_UNITS).default('%'),
  direction: z.enum(TARGET_DIRECTIONS).default('at-least'),
});
export type CharterTarget = z.infer<typeof charterTargetSchema>;

export const targetReadingSchema = syncedRecordSchema({
  targetId: uuidSchema,
  date: isoDateSchema,
  value: targetNumber,
  note: longText.default(''),
});
export type TargetReading = z.infer<typeof targetReadingSchema>;

export const COMMITMENT_KINDS = ['staff', 'funding', 'other'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export const COMMITMENT_KIND_LABELS: Record<CommitmentKind, string> = {
  staff: 'Staff',
  funding: 'Funding',
  other: 'Other resources',
};

export const agencyCommitmentSchema = syncedRecordSchema({
  agencyId: uuidSchema,
  kind: z.enum(COMMITMENT_KINDS),
  description: longText,
  /** Staff commitments: how many posts (0.5 for a half post). */
  posts: z.number().finite().min(0, { message: 'Must be 0 or more.' }).max(500).default(0),
  hoursPerWeek: z
    .number()
    .finite()
    .min(0, { message: 'Must be 0 or more.' })
    .max(20_000, { message: 'Must be 20,000 hours or fewer.' })
    .default(0),
  seconded: z.boolean().default(false),
  /** False while the post is vacant. */
  filled: z.boolean().default(true),
  /** Funding commitments, in pounds per year. */
  amount: z.number().finite().min(0, { message: 'Must be 0 or more.' }).max(1_000_000_000).default(0),
  start: isoDateSchema,
  /** Empty while the commitment has no agreed end. */
  end: optionalDate.default(null),
});
export type AgencyCommitment = z.infer<typeof agencyCommitmentSchema>;

export const PROCEDURE_KINDS = ['information-sharing', 'escalation', 'case-allocation', 'other'] as const;
export type ProcedureKind = (typeof PROCEDURE_KINDS)[number];
export const PROCEDURE_KIND_LABELS: Record<ProcedureKind, string> = {
  'information-sharing': 'Information-sharing protocol',
  escalation: 'Escalation and disagreement',
  'case-allocation': 'Case allocation',
  other: 'Other procedure',
};

export const procedureSchema = syncedRecordSchema({
  title: shortText,
  kind: z.enum(PROCEDURE_KINDS).default('other'),
  reviewDate: optionalDate.default(null),
});
export type Procedure = z.infer<typeof procedureSchema>;

export const VERSION_STATUSES = ['draft', 'in-force', 'superseded'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  draft: 'Draft',
  'in-force': 'In force',
  superseded: 'Replaced',
};

export const procedureVersionSchema = syncedRecordSchema({
  procedureId: uuidSchema,
  number: z.number().int().min(1),
  /** Plain text with `#` and `##` headings and `-` or `1.` lists. */
  text: longText,
  changeSummary: longText.default(''),
  status: z.enum(VERSION_STATUSES).default('draft'),
  publishedAt: isoDateTimeSchema.nullable().default(null),
  publishedBy: optionalId.default(null),
});
export type ProcedureVersion = z.infer<typeof procedureVersionSchema>;

export const procedureReadSchema = syncedRecordSchema({
  versionId: uuidSchema,
  memberId: uuidSchema,
  readAt: isoDateTimeSchema,
});
export type ProcedureRead = z.infer<typeof procedureReadSchema>;
