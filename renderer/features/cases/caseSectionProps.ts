/** What every section of a case page is given: the case, its rows, and the names to show. */
import type { Case } from '../../../shared/domain/cases';
import type { Agency, Member } from '../../../shared/domain/directory';
import type { CaseRowTable } from './caseRowCommands';
import type { CaseRows } from './useCaseRows';

export interface CaseSectionProps {
  caseRow: Case;
  rows: CaseRows;
  /** Everyone ever in the directory, for names on older rows. */
  members: ReadonlyMap<string, Member>;
  /** Members who can be chosen now (not left, not deleted), by name. */
  team: readonly Member[];
  agencies: readonly Agency[];
  today: string;
  /** Tells the page a row was deleted, so it can offer Undo. */
  onDeleted: (table: CaseRowTable, id: string, what: string) => void;
}
