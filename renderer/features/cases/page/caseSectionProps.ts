/** What every section of a case page is given: the case, its rows, and the names to show. */
import type { Case } from '../../../../shared/domain/cases';
import type { Agency, Member } from '../../../../shared/domain/directory';
import type { CaseRowTable } from '../caseRowCommands';
import type { Removed } from './RemovedNotice';
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
  /** Tells the page a row was removed from a list, and where it stood, so Undo can be offered in its place. */
  onDeleted: (table: CaseRowTable, id: string, what: string, index: number) => void;
  /** The row just removed, if any: its list shows the notice and Undo where it stood. */
  removed: Removed | null;
  undoRemoval: () => Promise<void>;
}
