/**
 * Small building blocks shared by the table schemas. Each constrains one field by itself; a rule that ties fields
 * together (a name that must be filled in while the record is live, a start before an end) is a record rule in
 * recordRules.ts, so that any field-by-field mix of valid records still passes the schemas.
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
