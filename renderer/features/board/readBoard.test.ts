import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildBoardIndex } from '../../../shared/board/boardIndex';
import { CARDS_PART } from '../../../shared/board/boardSource';
import { addBoardCase } from '../../../tests/factories/boardCases';
import { boardChange, isBoardChange, makeBoardChange } from '../../../tests/factories/boardChanges';
import { makeTestTeam } from '../../../tests/factories/testTeam';
import { forgetBoardSnapshot } from '../../db/boardChangeLog';
import { loadPart, savePart } from '../../db/boardSnapshot';
import { loadBuiltBoard } from '../../db/builtBoard';
import { getMeta } from '../../db/meta';
import { deleteRecord, updateRecord } from '../../db/writer';
import type { PartReading } from './partReading';
import { readBoard } from './readBoard';

const TODAY = '2026-01-20';

async function teamWithCases(count = 2) {
  const team = await makeTestTeam();
  const caseIds: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    caseIds.push(
      await addBoardCase(team.ctx, {
        reference: `JU-${String(n).padStart(4, '0')}`,
        displayName: `Child ${n}.`,
        columnId: team.columnIds[0] ?? '',
        leadMemberId: team.ctx.person.id,
        involved: [team.ctx.person.id],
        actions: [{ text: 'Phone the school', dueDate: '2026-01-10' }],
      }),
    );
  }
  return { ...team, caseIds };
}

type Team = Awaited<ReturnType<typeof teamWithCases>>;

/** Reads the board as it opens, and saves what it read as the board does once it is drawn. */
async function openBoard(
  team: Team,
  today = TODAY,
): Promise<PartReading<ReturnType<typeof buildBoardIndex>>> {
  const reading = await readBoard(team.db, today);
  await reading.save?.();
  return reading;
}

/** The board as built from the cards part and every change since: what the board showed before cards were kept. */
async function builtAfresh(team: Team, today = TODAY) {
  return buildBoardIndex((await loadPart(team.db, CARDS_PART, today)).source, today);
}

describe('opening the board from the cards it saved', () => {
  it('shows the saved cards as they are when nothing has changed since', async () => {
    const team = await teamWithCases();
    const first = await openBoard(team);
    expect(first.save).not.toBeNull();
    const again = await openBoard(team);
    // Nothing to save: the cards were shown as saved, not built again.
    expect(again.save).toBeNull();
    expect(again.value).toEqual(first.value);
    expect(again.value.cards.map((card) => card.reference)).toEqual(['JU-0001', 'JU-0002']);
    expect(again.value.cards[0]?.leadName).toBe('Alex Morgan');
    expect(again.value.cards[0]?.overdueActions).toBe(1);
  });

  it('shows a case moved on another stage since the cards were saved', async () => {
    const team = await teamWithCases();
    await openBoard(team);
    await updateRecord(team.ctx, 'cases', team.caseIds[0] ?? '', { columnId: team.columnIds[2] ?? '' });
    expect(await loadBuiltBoard(team.db, TODAY)).toBeNull();
    const reopened = await openBoard(team);
    expect(reopened.value.cards.find((card) => card.reference === 'JU-0001')?.columnId).toBe(
      team.columnIds[2],
    );
    // Saved again with the move, so the next opening shows the saved cards once more.
    expect((await loadBuiltBoard(team.db, TODAY))?.cards).toEqual(reopened.value.cards);
  });

  it('shows a colleague renamed since by their new name, on the card and in search', async () => {
    const team = await teamWithCases();
    await openBoard(team);
    await updateRecord(team.ctx, 'members', team.ctx.person.id, { name: 'Alex Okafor' });
    const card = (await openBoard(team)).value.cards[0];
    expect(card?.leadName).toBe('Alex Okafor');
    expect(card?.searchText).toContain('alex okafor');
  });

  it('counts the actions that have fallen due since the day the cards were saved', async () => {
    const team = await teamWithCases();
    const earlier = await openBoard(team, '2026-01-05');
    expect(earlier.value.cards[0]?.overdueActions).toBe(0);
    expect(await loadBuiltBoard(team.db, TODAY)).toBeNull();
    expect((await openBoard(team, TODAY)).value.cards[0]?.overdueActions).toBe(1);
  });

  it('leaves no saved cards behind when a record is removed for good', async () => {
    const team = await teamWithCases();
    await openBoard(team);
    await forgetBoardSnapshot(team.db);
    expect(await getMeta(team.db, 'board-cards')).toBeUndefined();
  });

  it('never keeps cards built from an older snapshot than the one saved', async () => {
    const team = await teamWithCases();
    await openBoard(team);
    await deleteRecord(team.ctx, 'cases', team.caseIds[1] ?? '');
    // A part saved without its cards (as a release before cards were kept saved it) removes the cards saved before.
    await savePart(team.db, await loadPart(team.db, CARDS_PART, TODAY));
    expect(await getMeta(team.db, 'board-cards')).toBeUndefined();
    expect((await openBoard(team)).value.cards.map((card) => card.reference)).toEqual(['JU-0001']);
  });

  it('always shows what building the board afresh shows, whatever changes and saves came in between', async () => {
    const step = fc.oneof(
      boardChange,
      fc.record({ kind: fc.constant('open' as const), save: fc.boolean() }),
      fc.record({ kind: fc.constant('save-older' as const) }),
      fc.record({ kind: fc.constant('next-week' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 14 }), async (steps) => {
        const team = await teamWithCases();
        const pending: PartReading<unknown>[] = [];
        let added = 0;
        let today = TODAY;
        for (const s of steps) {
          if (isBoardChange(s)) {
            added = await makeBoardChange(team, s, added);
          } else if (s.kind === 'next-week') {
            today = today === TODAY ? '2026-01-27' : '2026-02-03';
          } else if (s.kind === 'open') {
            const reading = await readBoard(team.db, today);
            expect(reading.value).toEqual(await builtAfresh(team, today));
            if (s.save) await reading.save?.();
            else pending.push(reading);
          } else if (s.kind === 'save-older') {
            await pending.shift()?.save?.();
          }
        }
        expect((await readBoard(team.db, today)).value).toEqual(await builtAfresh(team, today));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
