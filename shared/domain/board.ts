/**
 * The board's own synced tables: the named filter views people save, and when each person last opened each case
 * (for "Changed since you last looked"). Both travel with the cases area.
 */
import type { z } from 'zod';
import { boardFiltersSchema } from '../board/filters';
import { isoDateTimeSchema, syncedRecordSchema, uuidSchema } from '../sync/record';
import { shortText } from './fieldRules';

export const savedViewSchema = syncedRecordSchema({
  name: shortText,
  /** Whose view it is: each person sees and applies their own views. */
  ownerId: uuidSchema,
  /** Replaced whole when the view is saved again. */
  filters: boardFiltersSchema,
});
export type SavedView = z.infer<typeof savedViewSchema>;

/** One record per person and case (its id is derived from both), holding the time they last opened the case. */
export const caseVisitSchema = syncedRecordSchema({
  personId: uuidSchema,
  caseId: uuidSchema,
  at: isoDateTimeSchema,
});
export type CaseVisit = z.infer<typeof caseVisitSchema>;
