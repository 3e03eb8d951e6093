/**
 * Changes colleagues make to what the board shows, in any order, for the property tests of the board's saved
 * snapshot (renderer/db/boardSnapshot.test.ts, renderer/features/board/readBoard.test.ts).
 */
import fc from 'fast-check';
import { updateRecord, deleteRecord } from '../../renderer/db/writer';
import { addBoardCase } from './boardCases';
import type { TestTeam } from './testTeam';

export const boardChange = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: fc.nat(5) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), involved: fc.boolean() }),
  fc.record({ kind: fc.constant('finish-action' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('rename-member' as const), name: fc.string({ maxLength: 12 }) }),
);
export type BoardChange = typeof boardChange extends fc.Arbitrary<infer Change> ? Change : never;

const KINDS = new Set<string>(['move', 'delete', 'add', 'finish-action', 'rename-member']);

export function isBoardChange(step: { kind: string }): step is BoardChange {
  return KINDS.has(step.kind);
}

/**
 * Makes the change as the person signed in to `team`. `added` counts the cases added so far, so each new one has a
 * reference of its own; returns the count after this change.
 */
export async function makeBoardChange(team: TestTeam, change: BoardChange, added: number): Promise<number> {
  const live = (await team.db.rows('cases').toArray()).filter((row) => !row.deleted);
  const target = live.length > 0 && 'pick' in change ? live[change.pick % live.length] : undefined;
  if (change.kind === 'move' && target) {
    await updateRecord(team.ctx, 'cases', target.id, { columnId: team.columnIds[change.to] ?? '' });
  } else if (change.kind === 'delete' && target) {
    await deleteRecord(team.ctx, 'cases', target.id);
  } else if (change.kind === 'add') {
    await addBoardCase(team.ctx, {
      reference: `JU-9${String(added + 1).padStart(3, '0')}`,
      columnId: team.columnIds[0] ?? '',
      involved: change.involved ? [team.ctx.person.id] : [],
      // Due between the days the tests open the board on, so it falls overdue part way through.
      actions: [{ text: 'Visit', dueDate: '2026-01-25' }],
    });
    return added + 1;
  } else if (change.kind === 'finish-action') {
    const open = (await team.db.rows('actions').toArray()).filter((row) => row.status === 'open');
    const action = open[change.pick % Math.max(open.length, 1)];
    if (action) await updateRecord(team.ctx, 'actions', action.id, { status: 'done' });
  } else if (change.kind === 'rename-member') {
    await updateRecord(team.ctx, 'members', team.ctx.person.id, { name: `Alex ${change.name}` });
  }
  return added;
}
