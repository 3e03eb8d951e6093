/**
 * The team's own words for "Who can help with…": an abbreviation or other name and what it means ("MASH" →
 * "multi-agency safeguarding hub"), searched as one need together with the app's built-in words
 * (shared/people/synonyms.ts). A row of its own each, so two people adding words at once keep both.
 */
import { syncedRecordSchema } from '../sync/record';
import { shortText } from './fieldRules';

export const searchWordSchema = syncedRecordSchema({
  /** As the team writes it: "MASH", "TAF". */
  short: shortText,
  /** What it stands for, in words people write in their skills: "multi-agency safeguarding hub". */
  meaning: shortText,
});
