/**
 * Everything that belongs to one case, live, read through the `caseId` indexes (never a scan of the whole table,
 * so a case opens as fast in a team of 5,000 cases as in a team of five). Deleted rows are left out.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Action,
  Aim,
  CaseReference,
  ChronologyEntry,
  Involvement,
  Service,
  View,
} from '../../../../shared/domain/cases';
import { newestFirst, type SharingDecision } from '../../../../shared/domain/sharing';
import type { RowOf, TableName } from '../../../../shared/domain/registry';
import { useTeamDb } from '../../../app/team/useTeamDb';
import type { TeamDb } from '../../../db/teamDb';

export interface CaseRows {
  involvements: Involvement[];
  aims: Aim[];
  actions: Action[];
  services: Service[];
  views: View[];
  /** Newest first. */
  chronology: ChronologyEntry[];
  /** Agencies' own reference numbers, in the order they were added. */
  caseReferences: CaseReference[];
  /** The bases for sharing, newest first: the first is the one in force. */
  sharingDecisions: SharingDecision[];
}

async function liveRowsOf<Name extends TableName>(
  db: TeamDb,
  table: Name,
  caseId: string,
): Promise<RowOf<Name>[]> {
  // One index range read whole, then filtered in memory: a filter inside the query would walk a cursor instead.
  const rows = await db.rows(table).where('caseId').equals(caseId).toArray();
  return rows.filter((row) => !row.deleted);
}

/** The stamp a row got when it was added: `caseId` never changes afterwards, so it keeps the order of adding. */
const created = (row: { stamps: Record<string, string> }) => row.stamps['caseId'] ?? '';

const byDue = (a: Action, b: Action) =>
  (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.text.localeCompare(b.text);

export async function readCaseRows(db: TeamDb, caseId: string): Promise<CaseRows> {
  const [involvements, aims, actions, services, views, chronology, caseReferences, sharingDecisions] =
    await Promise.all([
      liveRowsOf(db, 'involvements', caseId),
      liveRowsOf(db, 'aims', caseId),
      liveRowsOf(db, 'actions', caseId),
      liveRowsOf(db, 'services', caseId),
      liveRowsOf(db, 'views', caseId),
      liveRowsOf(db, 'chronology', caseId),
      liveRowsOf(db, 'caseReferences', caseId),
      liveRowsOf(db, 'sharingDecisions', caseId),
    ]);
  return {
    involvements: involvements.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? '')),
    aims: aims.sort((a, b) => created(a).localeCompare(created(b))),
    actions: actions.sort(byDue),
    services: services.sort((a, b) => (a.recommendedOn ?? '').localeCompare(b.recommendedOn ?? '')),
    views: views.sort((a, b) => b.recordedOn.localeCompare(a.recordedOn)),
    chronology: chronology.sort(
      (a, b) => b.date.localeCompare(a.date) || created(b).localeCompare(created(a)),
    ),
    caseReferences: caseReferences.sort((a, b) => created(a).localeCompare(created(b))),
    sharingDecisions: newestFirst(sharingDecisions),
  };
}

export function useCaseRows(caseId: string): CaseRows | undefined {
  const db = useTeamDb();
  return useLiveQuery(() => readCaseRows(db, caseId), [db, caseId]);
}
