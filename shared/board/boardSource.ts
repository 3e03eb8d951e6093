/**
 * What the board reads from the team's records, cut down to the fields its cards and filters use. The same shape
 * is read from the tables and kept as the board's saved snapshot (renderer/db/boardSnapshot.ts); a changed record
 * is folded in with `patchBoardSource`, so the snapshot and a fresh read always agree.
 */
import type { Action, Case, Involvement } from '../domain/cases';
import type { Agency, Member } from '../domain/directory';
import type { BoardColumn } from '../domain/team';

export type BoardCaseRow = Pick<
  Case,
  | 'id'
  | 'deleted'
  | 'reference'
  | 'displayName'
  | 'columnId'
  | 'status'
  | 'leadMemberId'
  | 'concerns'
  | 'nextReviewDate'
  | 'updatedBy'
  | 'updatedAt'
>;
export type BoardInvolvementRow = Pick<Involvement, 'id' | 'deleted' | 'caseId' | 'memberId' | 'agencyId'>;
export type BoardMemberRow = Pick<Member, 'id' | 'deleted' | 'name' | 'employingAgencyId'>;
export type BoardAgencyRow = Pick<Agency, 'id' | 'deleted' | 'name'>;
/** Stages are few and the board shows all of their fields, so they are kept whole. */
export type BoardColumnRow = BoardColumn;
/** Open case actions due before the day the board was read: the ones a card counts as overdue. */
export type BoardActionRow = Pick<Action, 'id' | 'deleted' | 'source' | 'caseId' | 'status' | 'dueDate'>;

export interface BoardSource {
  cases: readonly BoardCaseRow[];
  boardColumns: readonly BoardColumnRow[];
  members: readonly BoardMemberRow[];
  agencies: readonly BoardAgencyRow[];
  involvements: readonly BoardInvolvementRow[];
  actions: readonly BoardActionRow[];
}

export type BoardSourceTable = keyof BoardSource;
export const BOARD_SOURCE_TABLES = [
  'cases',
  'boardColumns',
  'members',
  'agencies',
  'involvements',
  'actions',
] as const satisfies readonly BoardSourceTable[];

export type RowIn<Table extends BoardSourceTable> = BoardSource[Table][number];

/**
 * A stored record as the board keeps it, or null when the board has no use for it (deleted, or not shown).
 * `today` matters only to actions, which the board keeps while they are overdue.
 */
type Slimmer<Table extends BoardSourceTable> = (row: RowIn<Table>, today: string) => RowIn<Table> | null;

const SLIMMERS: { [Table in BoardSourceTable]: Slimmer<Table> } = {
  cases: (row) =>
    row.deleted
      ? null
      : {
          id: row.id,
          deleted: false,
          reference: row.reference,
          displayName: row.displayName,
          columnId: row.columnId,
          status: row.status,
          leadMemberId: row.leadMemberId,
          concerns: row.concerns,
          nextReviewDate: row.nextReviewDate,
          updatedBy: row.updatedBy,
          updatedAt: row.updatedAt,
        },
  boardColumns: (row) => (row.deleted ? null : row),
  members: (row) =>
    row.deleted
      ? null
      : { id: row.id, deleted: false, name: row.name, employingAgencyId: row.employingAgencyId },
  agencies: (row) => (row.deleted ? null : { id: row.id, deleted: false, name: row.name }),
  involvements: (row) =>
    row.deleted
      ? null
      : { id: row.id, deleted: false, caseId: row.caseId, memberId: row.memberId, agencyId: row.agencyId },
  actions: (row, today) =>
    row.deleted ||
    row.source !== 'case' ||
    row.status !== 'open' ||
    row.dueDate === null ||
    row.dueDate >= today
      ? null
      : {
          id: row.id,
          deleted: false,
          source: row.source,
          caseId: row.caseId,
          status: row.status,
          dueDate: row.dueDate,
        },
};

/** Rows as stored, cut down to what the board keeps of them. */
export function slimTable<Table extends BoardSourceTable>(
  table: Table,
  rows: readonly RowIn<Table>[],
  today: string,
): RowIn<Table>[] {
  const slim: Slimmer<Table> = SLIMMERS[table];
  const kept: RowIn<Table>[] = [];
  for (const row of rows) {
    const one = slim(row, today);
    if (one) kept.push(one);
  }
  return kept;
}

/** The board's source from rows as stored: only what the board uses, of the records it uses. */
export function slimBoardSource(rows: BoardSource, today: string): BoardSource {
  return {
    cases: slimTable('cases', rows.cases, today),
    boardColumns: slimTable('boardColumns', rows.boardColumns, today),
    members: slimTable('members', rows.members, today),
    agencies: slimTable('agencies', rows.agencies, today),
    involvements: slimTable('involvements', rows.involvements, today),
    actions: slimTable('actions', rows.actions, today),
  };
}

/**
 * A table's kept rows with each changed record (id → the row as stored now, or undefined if it is gone) put in
 * as the board keeps it, or left out when the board has no use for it any more.
 */
export function patchTable<Table extends BoardSourceTable>(
  table: Table,
  rows: readonly RowIn<Table>[],
  changed: ReadonlyMap<string, RowIn<Table> | undefined>,
  today: string,
): RowIn<Table>[] {
  const slim: Slimmer<Table> = SLIMMERS[table];
  const patched: RowIn<Table>[] = [];
  for (const row of rows) if (!changed.has(row.id)) patched.push(row);
  for (const now of changed.values()) {
    const one = now ? slim(now, today) : null;
    if (one) patched.push(one);
  }
  return patched;
}
