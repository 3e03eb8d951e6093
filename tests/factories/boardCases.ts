/** Cases for component tests, added through the write path into a fake-indexeddb test team. */
import type { RowOf } from '../../shared/domain/registry';
import { createRecord, inOneWrite, type WriteContext } from '../../renderer/db/writer';

export interface BoardCaseInput {
  reference: string;
  displayName?: string;
  columnId: string;
  leadMemberId?: string | null;
  concerns?: RowOf<'cases'>['concerns'];
  nextReviewDate?: string | null;
  status?: 'open' | 'closed';
  /** Texts of open actions, each due on the given date. */
  actions?: { text: string; dueDate: string | null }[];
  aims?: string[];
  involved?: string[];
}

/** Adds a case with its involvements, aims and actions through the write path, and returns its id. */
export async function addBoardCase(ctx: WriteContext, input: BoardCaseInput): Promise<string> {
  return inOneWrite(ctx, async () => {
    const caseId = await createRecord(ctx, 'cases', {
      reference: input.reference,
      displayName: input.displayName ?? '',
      columnId: input.columnId,
      leadMemberId: input.leadMemberId ?? null,
      concerns: input.concerns ?? [],
      nextReviewDate: input.nextReviewDate ?? null,
      status: input.status ?? 'open',
      openedAt: '2026-01-05',
    });
    for (const memberId of input.involved ?? []) {
      await createRecord(ctx, 'involvements', { caseId, memberId });
    }
    for (const text of input.aims ?? []) await createRecord(ctx, 'aims', { caseId, text });
    for (const action of input.actions ?? []) {
      await createRecord(ctx, 'actions', {
        source: 'case',
        caseId,
        text: action.text,
        dueDate: action.dueDate,
      });
    }
    return caseId;
  });
}
