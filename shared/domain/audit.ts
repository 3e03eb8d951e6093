/**
 * The audit trail: one append-only row per change, naming the person as well as the PC. It is not a merged
 * record: rows are only ever added, and two copies of the trail merge by taking the union of rows by id.
 */
import { z } from 'zod';
import { FORBIDDEN_KEYS, hlcSchema, isoDateTimeSchema, uuidSchema } from '../sync/record';

/**
 * The last three are events about signing in, which change no synced record: a PIN chosen on a PC, a PIN a
 * leader cleared there, and a leader vouching in person for someone's first sign-in there. Their row names the
 * member concerned (`table` 'members', `recordId` their id), the person who acted and the PC; never a PIN.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'purge',
  'settle',
  'set-pin',
  'clear-pin',
  'vouch',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Added',
  update: 'Changed',
  delete: 'Deleted',
  restore: 'Brought back',
  purge: 'Removed for good',
  settle: 'Settled a difference',
  'set-pin': 'Chose a PIN on a PC',
  'clear-pin': 'Cleared a PIN on a PC',
  vouch: 'Vouched for someone signing in',
};

const fieldName = z
  .string()
  .refine((key) => !FORBIDDEN_KEYS.has(key), { message: 'Has a field name that is not allowed.' });

export const auditChangeSchema = z.strictObject({
  field: fieldName,
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditRowSchema = z.strictObject({
  id: uuidSchema,
  at: isoDateTimeSchema,
  stamp: hlcSchema,
  personId: z.string(),
  personName: z.string(),
  deviceId: z.string(),
  table: z.string(),
  recordId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  /** Every field the change touched, sensitive ones included (names only). */
  fields: z.array(fieldName),
  /** Old and new values, for fields that are not sensitive only. */
  changes: z.array(auditChangeSchema),
  /**
   * For a difference settled by a person: which "needs a decision" entries the choice answers (their ids name the
   * table, record, field and the set-aside value's stamp), so that other PCs listing the same ones drop them too.
   */
  settles: z.array(z.string().max(400)).max(50).optional(),
});
export type AuditRow = z.infer<typeof auditRowSchema>;
