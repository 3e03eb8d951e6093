/**
 * Small building blocks shared by the table schemas. A field a person must fill in may still be empty on a deleted
 * record, because purging a deleted record clears its personal fields and the stub must stay valid so that the
 * delete travels to other PCs.
 */
import { z } from 'zod';
import { isoDateSchema, uuidSchema } from '../sync/record';

/** Short free text (names, titles): trimmed, limited in length. */
export const shortText = z.string().trim().max(200, { message: 'Must be 200 characters or fewer.' });
/** Long free text (notes, descriptions). */
export const longText = z.string().max(20_000, { message: 'Must be 20,000 characters or fewer.' });
/** A calendar date that may be left empty. */
export const optionalDate = isoDateSchema.nullable();
/** A link to another record that may be left empty. */
export const optionalId = uuidSchema.nullable();

/**
 * A check for a whole record: the named fields must not be empty while the record is live. Returns a function for
 * `superRefine`, so the schema keeps its object shape.
 */
export function requiredWhileLive(fields: readonly string[], label: Record<string, string> = {}) {
  return (record: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    if (record['deleted'] === true) return;
    for (const field of fields) {
      const value = record[field];
      if (typeof value !== 'string' || value.trim() === '') {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${label[field] ?? 'This'} must not be empty.`,
        });
      }
    }
  };
}
