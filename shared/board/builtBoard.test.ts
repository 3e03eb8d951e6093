import { describe, expect, it } from 'vitest';
import { generateTeam } from '../demo/generateTeam';
import { buildBoardIndex, type BoardIndex } from './boardIndex';
import { packBoard, restoreBoard } from './builtBoard';

const TODAY = '2026-06-15';

/** A generated team's board, as the board builds it on `today`. */
function boardOf(cases: number, today = TODAY): BoardIndex {
  const { rows } = generateTeam({ seed: 11, today: TODAY, size: { cases, members: 40, agencies: 9 } });
  return buildBoardIndex(rows, today);
}

/** Stored as the sealing layer stores it: as JSON text. */
function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('the board’s cards kept as built', () => {
  it('show every card, stage and name exactly as the board built them', () => {
    const board = boardOf(300);
    expect(board.cards.some((card) => card.overdueActions > 0)).toBe(true);
    expect(board.cards.some((card) => card.agencyIds.length > 1)).toBe(true);
    expect(restoreBoard(throughJson(packBoard(board)), TODAY)).toEqual(board);
  });

  it('find the people involved by name when searched, as a freshly built board does', () => {
    const board = boardOf(50);
    const restored = restoreBoard(throughJson(packBoard(board)), TODAY);
    const card = board.cards.find((one) => one.memberIds.length > 1);
    expect(card).toBeDefined();
    const colleague = board.memberNames.get(card?.memberIds[1] ?? '') ?? '';
    const found = restored?.cards.find((one) => one.id === card?.id);
    expect(found?.searchText).toContain(colleague.toLowerCase());
  });

  it('work out review dates for the day they are shown', () => {
    const board = boardOf(100);
    const restored = restoreBoard(throughJson(packBoard(board)), '2027-06-15');
    const open =
      restored?.cards.filter((card) => card.status === 'open' && card.nextReviewDate !== null) ?? [];
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((card) => card.review === 'overdue')).toBe(true);
  });

  it('are not used when what was stored is not cards of this shape', () => {
    const packed = throughJson(packBoard(boardOf(5)));
    expect(restoreBoard(null, TODAY)).toBeNull();
    expect(restoreBoard({ texts: [], tables: {} }, TODAY)).toBeNull();
    const withoutStages = structuredClone(packed) as { tables: Record<string, unknown> };
    delete withoutStages.tables.columns;
    expect(restoreBoard(withoutStages, TODAY)).toBeNull();
    // A card from a release that kept its people under another name.
    const renamed = structuredClone(packed) as { tables: { cards: { fields: string[] } } };
    renamed.tables.cards.fields = renamed.tables.cards.fields.map((field) =>
      field === 'memberIds' ? 'people' : field,
    );
    expect(restoreBoard(renamed, TODAY)).toBeNull();
  });
});
