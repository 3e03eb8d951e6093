/**
 * What the board's cards and filters read from the team's records, cut down to the fields they use: the "cards"
 * part of the board's saved snapshot (see snapshotPart.ts and renderer/db/boardSnapshot.ts).
 */
import type { Action, Case, Involvement } from '../domain/cases';
import type { Agency, Member } from '../domain/directory';
import type { BoardColumn } from '../domain/team';
import { compareCards } from './cardOrder';
import { definePart } from './snapshotPart';

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

export const CARDS_PART = definePart<BoardSource>(
  'cards',
  {
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
    // Only the actions overdue on the day the board is read: whether one is overdue changes with the day.
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
  },
  ['actions'],
  // Kept in the board's own order, so opening the board sorts its cards in one pass over cards already in order.
  { cases: compareCards },
);
