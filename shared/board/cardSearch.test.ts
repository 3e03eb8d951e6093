import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCardSearch } from './cardSearch';
import { filterCards } from './filterCards';
import { EMPTY_FILTERS, type BoardFilters } from './filters';
import { makeBoardCard } from '../../tests/factories/board';

const letters = fc.constantFrom('a', 'b', 'c', ' ');
const text = fc.array(letters, { maxLength: 8 }).map((chars) => chars.join(''));
const card = fc
  .record({
    searchText: text,
    status: fc.constantFrom('open', 'closed'),
    memberIds: fc.subarray(['p1', 'p2']),
    overdueActions: fc.nat(2),
  })
  .map((fields) => makeBoardCard(fields));
/** What a person does to the filters next: types a letter, deletes one, opens a saved view, or changes a filter. */
const step = fc.oneof(
  text.map((search) => (filters: BoardFilters) => ({ ...filters, search })),
  letters.map((letter) => (filters: BoardFilters) => ({ ...filters, search: filters.search + letter })),
  fc.constant((filters: BoardFilters) => ({ ...filters, search: filters.search.slice(0, -1) })),
  fc.boolean().map((mine) => (filters: BoardFilters) => ({ ...filters, mine })),
  fc.boolean().map((showClosed) => (filters: BoardFilters) => ({ ...filters, showClosed })),
  fc.boolean().map((actionsOverdue) => (filters: BoardFilters) => ({ ...filters, actionsOverdue })),
);

describe("the board's search as a person types", () => {
  it('finds at every keystroke exactly the cases a search from scratch finds, in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(card, { maxLength: 30 }),
        fc.dictionary(fc.constantFrom('case-1', 'case-2', 'case-3'), text),
        fc.array(step, { maxLength: 25 }),
        (cards, more, steps) => {
          const moreText = new Map(Object.entries(more));
          const search = createCardSearch(cards, moreText);
          let filters = EMPTY_FILTERS;
          for (const next of steps) {
            filters = next(filters);
            expect(search.filter(filters, 'p1')).toEqual(filterCards(cards, filters, 'p1', moreText));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds a word in the aims and actions text as well as on the card', () => {
    const wanted = makeBoardCard({ searchText: 'ju-0001 sam' });
    const other = makeBoardCard({ searchText: 'ju-0002 alex' });
    const search = createCardSearch([wanted, other], new Map([[wanted.id, 'speech therapy']]));
    expect(search.filter({ ...EMPTY_FILTERS, search: 'sam speech' }, null)).toEqual([wanted]);
    expect(search.filter({ ...EMPTY_FILTERS, search: 'sam alex' }, null)).toEqual([]);
  });

  it('does not find a word made of the end of the card and the start of its aims', () => {
    const card = makeBoardCard({ searchText: 'ju-0001 sam' });
    const search = createCardSearch([card], new Map([[card.id, 'speech']]));
    expect(search.filter({ ...EMPTY_FILTERS, search: 'samspeech' }, null)).toEqual([]);
  });

  it('gives the same result again after Backspace, without the board having to draw a new one', () => {
    const cards = [makeBoardCard({ searchText: 'school' }), makeBoardCard({ searchText: 'speech' })];
    const search = createCardSearch(cards, new Map());
    const typed = search.filter({ ...EMPTY_FILTERS, search: 's' }, null);
    expect(search.filter({ ...EMPTY_FILTERS, search: 'sc' }, null)).toEqual([cards[0]]);
    expect(search.filter({ ...EMPTY_FILTERS, search: 's' }, null)).toBe(typed);
  });
});
