/**
 * Reflection sessions and the partnership health check: the team's own templates, sessions with their attendance,
 * agenda items (each item holds its prompt and the notes taken under it), decisions, health checks and responses.
 * Session actions are not here: they live in the shared `actions` table (shared/domain/cases.ts) with
 * `source: 'session'`, so "My work" lists them beside case actions.
 */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, syncedRecordSchema, uuidSchema } from '../sync/record';
import { longText, optionalDate, optionalId, shortText } from './fieldRules';

/** The enablers of joint work a partnership health check scores, in the order the form asks them. */
export const ENABLERS = [
  'role-clarity',
  'commitment',
  'trust-respect',
  'knowing-agencies',
  'shared-aims',
  'communication',
  'information-sharing',
  'resources-time',
  'leadership',
  'accountability',
  'joint-training',
  'peripheral-members',
  'children-families-views',
] as const;
export type Enabler = (typeof ENABLERS)[number];

export const ENABLER_LABELS: Record<Enabler, string> = {
  'role-clarity': 'Clear roles',
  commitment: 'Commitment to working together',
  'trust-respect': 'Trust and respect',
  'knowing-agencies': 'Knowing how other agencies work',
  'shared-aims': 'Shared aims',
  communication: 'Communication',
  'information-sharing': 'Agreed ways of sharing information',
  'resources-time': 'Resources and time',
  leadership: 'Leadership',
  accountability: 'Clear accountability',
  'joint-training': 'Training together',
  'peripheral-members': 'Including part-time, seconded and remote colleagues',
  'children-families-views': 'Hearing children and families',
};

/** The kinds of session a template sets up; 'custom' is a template the team wrote from scratch. */
export const TEMPLATE_KINDS = [
  'health-check',
  'communities-of-practice',
  'gibbs',
  'case',
  'procedures',
  'custom',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  'health-check': 'Joint-work health check',
  'communities-of-practice': 'How we work as a community',
  gibbs: 'Reflective cycle',
  case: 'Case reflection',
  procedures: 'Review of our forms and procedures',
  custom: 'Our own template',
};

const minutesSchema = z
  .number()
  .int({ message: 'Must be a whole number of minutes.' })
  .min(1, { message: 'Must be at least 1 minute.' })
  .max(240, { message: 'Must be 240 minutes or fewer.' })
  .nullable();

export const promptSchema = z.strictObject({
  text: shortText.min(1, { message: 'Must not be empty.' }),
  guidance: longText.default(''),
  minutes: minutesSchema.default(null),
});
export type Prompt = z.infer<typeof promptSchema>;

/** A team's own template: a copy of a built-in one it edited, or one written from scratch. */
export const reflectionTemplateSchema = syncedRecordSchema({
  name: shortText,
  kind: z.enum(TEMPLATE_KINDS).default('custom'),
  description: longText.default(''),
  /** Replaced as a whole: one person edits a template at a time. */
  prompts: z.array(promptSchema).max(50, { message: 'Must have 50 prompts or fewer.' }).default([]),
  /** The built-in template it was copied from, if any. */
  copiedFrom: z.string().max(60).nullable().default(null),
});
export type ReflectionTemplate = z.infer<typeof reflectionTemplateSchema>;

export const SESSION_STATUSES = ['planned', 'held'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const reflectionSessionSchema = syncedRecordSchema({
  date: isoDateSchema,
  title: shortText,
  facilitatorId: optionalId.default(null),
  templateKind: z.enum(TEMPLATE_KINDS).default('custom'),
  /** The team template it was made from; null for a built-in template. */
  templateId: optionalId.default(null),
  /** A case reflection's case: only its reference is ever shown. */
  caseId: optionalId.default(null),
  /** A review of one of the team's procedures (the charter's procedures). */
  procedureId: optionalId.default(null),
  status: z.enum(SESSION_STATUSES).default('planned'),
  /** Orders two sessions held on the same day, so actions carry from the earlier to the later. */
  createdAt: isoDateTimeSchema,
});
export type ReflectionSession = z.infer<typeof reflectionSessionSchema>;

export const ATTENDANCE_STATUSES = ['attended', 'apologies'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const sessionAttendanceSchema = syncedRecordSchema({
  sessionId: uuidSchema,
  memberId: uuidSchema,
  status: z.enum(ATTENDANCE_STATUSES),
});
export type SessionAttendance = z.infer<typeof sessionAttendanceSchema>;

/**
 * One agenda item of a session: the prompt copied from the template (editable) and the notes taken under it.
 * Prompt and notes are separate fields, so a facilitator rewording a prompt never overwrites a note being typed.
 */
export const sessionNoteSchema = syncedRecordSchema({
  sessionId: uuidSchema,
  position: z.number().finite(),
  prompt: shortText,
  guidance: longText.default(''),
  minutes: minutesSchema.default(null),
  text: longText.default(''),
});
export type SessionNote = z.infer<typeof sessionNoteSchema>;

export const sessionDecisionSchema = syncedRecordSchema({
  sessionId: uuidSchema,
  text: longText,
  /** A decision to change one of the team's procedures points at it. */
  proposesProcedureId: optionalId.default(null),
});
export type SessionDecision = z.infer<typeof sessionDecisionSchema>;

export const HEALTH_CHECK_STATUSES = ['open', 'closed'] as const;

export const healthCheckSchema = syncedRecordSchema({
  title: shortText,
  opensOn: isoDateSchema,
  closesOn: optionalDate.default(null),
  enablers: z.array(z.enum(ENABLERS)).min(1, { message: 'Must ask about at least one enabler.' }),
  status: z.enum(HEALTH_CHECK_STATUSES).default('open'),
});
export type HealthCheck = z.infer<typeof healthCheckSchema>;

export const scoreSchema = z.strictObject({
  enabler: z.enum(ENABLERS),
  score: z
    .number()
    .int()
    .min(1, { message: 'Must be a score from 1 to 5.' })
    .max(5, { message: 'Must be a score from 1 to 5.' }),
  comment: longText.default(''),
});
export type Score = z.infer<typeof scoreSchema>;

/** One member's scores. Anonymous unless they chose to sign: then `memberId` is null and no name is kept. */
export const healthCheckResponseSchema = syncedRecordSchema({
  checkId: uuidSchema,
  memberId: optionalId.default(null),
  scores: z.array(scoreSchema).max(ENABLERS.length),
});
export type HealthCheckResponse = z.infer<typeof healthCheckResponseSchema>;
