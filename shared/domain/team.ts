/** The team itself (one record whose id is the team id) and the columns of its case board. */
import { z } from 'zod';
import { syncedRecordSchema } from '../sync/record';
import { optionalId, shortText } from './fieldRules';
import { isoDateTimeSchema } from '../sync/record';
import { WELLBEING_FRAMEWORKS } from './wellbeing';

export const teamSchema = syncedRecordSchema({
  name: shortText,
  /** How long closed cases are kept before the app offers to purge them. */
  closedCaseRetentionMonths: z
    .number()
    .int({ message: 'Must be a whole number of months.' })
    .min(1, { message: 'Must be at least 1 month.' })
    .max(600, { message: 'Must be 600 months or fewer.' })
    .default(72),
  /** Professional supervisors may read the own training reflections of the people they supervise. */
  supervisorSeesReflections: z.boolean().default(false),
  /**
   * How long a person's unsaved text waits in the app's memory for them after they stop typing (locked out, or
   * someone else signed in), in hours. It never waits past the app closing.
   */
  unsavedKeptHours: z.number().int().min(1).max(72).default(8),
  /**
   * A made-up team to try the app with: anyone at the PC may sign in as any of its people without a password
   * or a leader vouching for them. Set only when the demo team is made.
   */
  demo: z.boolean().default(false),
  /**
   * How many times the team passphrase has been changed, when the last change was made and by whom. Files locked
   * with an older passphrase and made after that time are refused (shared/keys/passphraseChange.ts); a PC that
   * learns of a newer change from a file adopts the passphrase the file was opened with.
   */
  passphraseGeneration: z.number().int().min(0).default(0),
  passphraseChangedAt: isoDateTimeSchema.nullable().default(null),
  passphraseChangedBy: optionalId.default(null),
  /**
   * The wellbeing framework the team records concerns in (shared/domain/wellbeing.ts). A team from before the
   * choice existed worked in SHANARRI, which the default keeps.
   */
  wellbeingFramework: z.enum(WELLBEING_FRAMEWORKS).default('shanarri'),
});
export type Team = z.infer<typeof teamSchema>;

export const COLUMN_KINDS = [
  'referral',
  'assessment',
  'planning',
  'plan-in-action',
  'review',
  'closing',
  'custom',
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export const boardColumnSchema = syncedRecordSchema({
  title: shortText,
  /** Fractional positions let a column move between two others with one write. */
  position: z.number().finite(),
  /** A retired column is hidden from the board but keeps its history. */
  retired: z.boolean().default(false),
  kind: z.enum(COLUMN_KINDS).default('custom'),
});
export type BoardColumn = z.infer<typeof boardColumnSchema>;

/** The six stages a new team starts with; a team can rename, reorder and add to them. */
export const DEFAULT_COLUMNS: readonly { title: string; kind: ColumnKind }[] = [
  { title: 'Referral', kind: 'referral' },
  { title: 'Assessment', kind: 'assessment' },
  { title: 'Planning', kind: 'planning' },
  { title: 'Plan in action', kind: 'plan-in-action' },
  { title: 'Review', kind: 'review' },
  { title: 'Closing', kind: 'closing' },
];
