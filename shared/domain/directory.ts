/** The role directory: agencies and the members of the team, with their roles, working patterns and accountability. */
import { z } from 'zod';
import { syncedRecordSchema } from '../sync/record';
import { longText, optionalDate, optionalId, shortText } from './fieldRules';

export const AGENCY_TYPES = [
  'social-work',
  'health',
  'education',
  'police',
  'mental-health',
  'voluntary',
  'housing',
  'youth-justice',
  'other',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const AGENCY_TYPE_LABELS: Record<AgencyType, string> = {
  'social-work': 'Social work',
  health: 'Health',
  education: 'Education',
  police: 'Police',
  'mental-health': 'Mental health',
  voluntary: 'Voluntary sector',
  housing: 'Housing',
  'youth-justice': 'Youth justice',
  other: 'Other',
};

export const agencySchema = syncedRecordSchema({
  name: shortText,
  type: z.enum(AGENCY_TYPES),
  remit: longText.default(''),
  /** Culture, thresholds and processes: what a colleague from elsewhere needs to know. */
  howItWorks: longText.default(''),
  contacts: longText.default(''),
});
export type Agency = z.infer<typeof agencySchema>;

export const PROFESSIONS = [
  'social-worker',
  'health-visitor',
  'school-nurse',
  'teacher',
  'education-staff',
  'police-officer',
  'camhs-clinician',
  'family-support-worker',
  'youth-worker',
  'other',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const PROFESSION_LABELS: Record<Profession, string> = {
  'social-worker': 'Social worker',
  'health-visitor': 'Health visitor',
  'school-nurse': 'School nurse',
  teacher: 'Teacher',
  'education-staff': 'Education staff',
  'police-officer': 'Police officer',
  'camhs-clinician': 'Child mental health clinician',
  'family-support-worker': 'Family support worker',
  'youth-worker': 'Youth worker',
  other: 'Other',
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
};

export const MEMBER_STATUSES = ['active', 'on-leave', 'left'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const TEAM_ROLES = ['leader', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

const emailOrEmpty = z.union([z.literal(''), z.email({ message: 'Must be an email address.' })]);

export const memberSchema = syncedRecordSchema({
  name: shortText,
  pronouns: shortText.default(''),
  profession: z.enum(PROFESSIONS),
  /** The profession in the person's own words when `profession` is 'other'. */
  professionOther: shortText.default(''),
  employingAgencyId: optionalId.default(null),
  /** The agency hosting a seconded member; empty when they work for their employer's own team. */
  hostAgencyId: optionalId.default(null),
  roleTitle: shortText.default(''),
  whatIDo: longText.default(''),
  /** Role demarcation: what colleagues should not expect of this person. */
  whatIDoNot: longText.default(''),
  whatIBring: longText.default(''),
  skills: z.array(shortText).max(100).default([]),
  phone: shortText.default(''),
  email: emailOrEmpty.default(''),
  desk: shortText.default(''),
  officeDays: z.array(z.enum(WEEKDAYS)).max(5).default([]),
  hoursPerWeek: z.number().min(0).max(80, { message: 'Must be 80 hours or fewer.' }).nullable().default(null),
  coLocated: z.boolean().default(true),
  secondmentStart: optionalDate.default(null),
  secondmentEnd: optionalDate.default(null),
  /** Professional supervision (practice), which may sit in the home agency. */
  supervisorId: optionalId.default(null),
  /** Operational line management (day-to-day work). */
  lineManagerId: optionalId.default(null),
  status: z.enum(MEMBER_STATUSES).default('active'),
  teamRole: z.enum(TEAM_ROLES).default('member'),
});
export type Member = z.infer<typeof memberSchema>;
