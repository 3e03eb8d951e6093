/**
 * The training log: training entries (done or planned), one attendance row per person at each entry, and the
 * training a profession must renew. Attendance is its own table because several people add attendees, and write
 * their own reflections, at the same time; an array on the entry would lose one person's change to another's.
 */
import { z } from 'zod';
import { isoDateSchema, syncedRecordSchema, uuidSchema } from '../sync/record';
import { PROFESSIONS } from './directory';
import { longText, optionalId, shortText } from './fieldRules';

export const TRAINING_TYPES = [
  'joint',
  'single-agency',
  'post-qualifying',
  'team-building',
  'shadowing',
  'induction',
  'informal',
] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];

export const TRAINING_TYPE_LABELS: Record<TrainingType, string> = {
  joint: 'Joint or multi-agency training',
  'single-agency': 'Single-agency training',
  'post-qualifying': 'Post-qualifying course',
  'team-building': 'Team building',
  shadowing: 'Shadowing another agency',
  induction: "Induction to another agency's work",
  informal: 'Learning on the job',
};

export const TRAINING_STATUSES = ['planned', 'done'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Most a single entry may claim: a long residential course is a few days, not weeks. */
export const MAX_ENTRY_HOURS = 100;

const hoursSchema = z
  .number({ message: 'Enter the hours as a number, for example 2.5.' })
  .min(0, { message: 'Hours cannot be less than 0.' })
  .max(MAX_ENTRY_HOURS, { message: `Must be ${MAX_ENTRY_HOURS} hours or fewer for one entry.` });

/**
 * People from outside the team, counted by profession. Kept on the entry (replaced whole) rather than in a table:
 * it is one organiser's headcount, not something several people add to separately.
 */
export const externalAttendeeSchema = z.strictObject({
  profession: shortText.min(1, { message: 'Say which profession.' }),
  count: z
    .number()
    .int({ message: 'Must be a whole number.' })
    .min(1, { message: 'Must be at least 1.' })
    .max(500, { message: 'Must be 500 or fewer.' }),
});
export type ExternalAttendees = z.infer<typeof externalAttendeeSchema>;

export const trainingEntrySchema = syncedRecordSchema({
  title: shortText,
  type: z.enum(TRAINING_TYPES),
  date: isoDateSchema,
  hours: hoursSchema.gt(0, { message: 'Must be more than 0.' }),
  /** Time spent learning with others (discussion, exercises), as some regulators count it. */
  participatoryHours: hoursSchema.default(0),
  provider: shortText.default(''),
  /** The shared summary; each attendee writes their own reflection on their attendance row. */
  learnt: longText.default(''),
  changedPractice: longText.default(''),
  peerReflectionWith: shortText.default(''),
  peerReflectionOutcome: longText.default(''),
  externalAttendees: z.array(externalAttendeeSchema).max(50).default([]),
  /** The reflection session this learning came from, if any. */
  sessionId: optionalId.default(null),
  status: z.enum(TRAINING_STATUSES).default('done'),
});
export type TrainingEntry = z.infer<typeof trainingEntrySchema>;

export const trainingAttendanceSchema = syncedRecordSchema({
  entryId: uuidSchema,
  memberId: uuidSchema,
  /**
   * The person's profession and agency when they were added: coverage stays true to the past when someone
   * changes profession or leaves the team.
   */
  professionAtTheTime: z.enum(PROFESSIONS),
  agencyIdAtTheTime: optionalId.default(null),
  /** Asked to a planned event. */
  invited: z.boolean().default(false),
  /** Null until attendance of a planned event is marked; true for an entry logged after the event. */
  attended: z.boolean().nullable().default(true),
  learnt: longText.default(''),
  changedPractice: longText.default(''),
  peerReflectionWith: shortText.default(''),
  peerReflectionOutcome: longText.default(''),
});
export type TrainingAttendance = z.infer<typeof trainingAttendanceSchema>;

/** Most training titles one requirement may accept: a short list a team leader chose, not the whole log. */
export const MAX_ACCEPTED_TITLES = 100;

export const requiredTrainingSchema = syncedRecordSchema({
  title: shortText,
  /**
   * The training that counts, chosen from the team's log: done training counts when its title is one of these
   * (compared as `titleKey` in shared/training/required.ts, so a later entry of the same name counts) or its type is
   * one of `acceptsTypes`. Each list is one field, replaced whole: the requirement's definition is one team
   * leader's decision (docs/decisions/0027-required-training-chosen-from-a-list.md).
   */
  acceptsTitles: z.array(shortText.min(1)).max(MAX_ACCEPTED_TITLES).default([]),
  acceptsTypes: z.array(z.enum(TRAINING_TYPES)).max(TRAINING_TYPES.length).default([]),
  /**
   * How requirements said what counts before data version 5: words contained in the title and, optionally, a type.
   * Read only while nothing is chosen above, exactly as before, so an upgrade never counts training it did not; the
   * form clears them when a team leader chooses. Empty text and no type: nothing old to read.
   */
  matchText: shortText.default(''),
  matchType: z.enum(TRAINING_TYPES).nullable().default(null),
  appliesToProfessions: z
    .array(z.enum(PROFESSIONS))
    .min(1, { message: 'Choose at least one profession.' })
    .max(PROFESSIONS.length),
  renewEveryMonths: z
    .number()
    .int({ message: 'Enter a whole number of months.' })
    .min(1, { message: 'Must be at least 1 month.' })
    .max(120, { message: 'Must be 120 months or fewer.' }),
});
export type RequiredTraining = z.infer<typeof requiredTrainingSchema>;

function isTrainingType(value: unknown): value is TrainingType {
  return typeof value === 'string' && (TRAINING_TYPES as readonly string[]).includes(value);
}

/**
 * Brings a requirement stored or filed before data version 5 into the chosen shape, in place; true when it changed.
 * One that counted a type alone accepts that type; one that counted words in titles keeps them, read as before:
 * which titles hold the words differs from PC to PC, so no list made from them here could be the same everywhere
 * (decision 0027). Both lists take the later stamp of the old fields, so every PC and every older file gives the
 * identical row, and a later edit made by an older app still wins over what an earlier one was turned into.
 */
export function requirementInChosenShape(row: Record<string, unknown>): boolean {
  if (row['acceptsTitles'] !== undefined || row['acceptsTypes'] !== undefined) return false;
  const text = typeof row['matchText'] === 'string' ? row['matchText'].trim() : '';
  const type = row['matchType'];
  row['acceptsTitles'] = [];
  row['acceptsTypes'] = text === '' && isTrainingType(type) ? [type] : [];
  const stamps = row['stamps'];
  if (typeof stamps !== 'object' || stamps === null) return true;
  const stamp = ['matchText', 'matchType']
    .map((field): unknown => Reflect.get(stamps, field))
    .filter((each): each is string => typeof each === 'string')
    .sort()
    .at(-1);
  if (stamp !== undefined) {
    Reflect.set(stamps, 'acceptsTitles', stamp);
    Reflect.set(stamps, 'acceptsTypes', stamp);
  }
  return true;
}
