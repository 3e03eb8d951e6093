/**
 * The board's filters applied as a person types (filterCards.ts gives the same answer from scratch). Typing on
 * only narrows a search, so each keystroke looks again only at the cases the last result held rather than at every
 * case, and the last few results are kept so that Backspace finds its answer ready. At 50,000 cases a search from
 * scratch takes longer than a frame; most keystrokes now look at a few hundred cases.
 */
import type { BoardCard } from './boardIndex';
import { passesFilters, searchWords } from './filterCards';
import type { BoardFilters } from './filters';

/** Results kept for Backspace: a word or two typed and deleted again. */
const KEPT_RESULTS = 12;

interface Result {
  /** Everything but the search that decided this result. */
  rest: string;
  words: readonly string[];
  search: string;
  /** Places in the searched cards, in order. */
  places: readonly number[];
  cards: BoardCard[];
}

export interface CardSearch {
  /** The cards (in the order given) that pass the filters; the same array again for the same filters. */
  filter(filters: BoardFilters, personId: string | null): BoardCard[];
}

function restOf(filters: BoardFilters, personId: string | null): string {
  const { mine, leadId, agencyId, memberId, concern, review, actionsOverdue, showClosed } = filters;
  return JSON.stringify([
    mine && personId,
    leadId,
    agencyId,
    memberId,
    concern,
    review,
    actionsOverdue,
    showClosed,
  ]);
}

/** True when every card holding all of `words` holds all of `earlier` too: each earlier word is in a word now. */
function narrows(words: readonly string[], earlier: readonly string[]): boolean {
  return earlier.every((old) => words.some((word) => word.includes(old)));
}

/**
 * A search over `cards` in their order. `moreText` holds further lower-case search text per case id (the aims and
 * actions); a word may appear in the card's own text or in it.
 */
export function createCardSearch(
  cards: readonly BoardCard[],
  moreText: ReadonlyMap<string, string>,
): CardSearch {
  let texts: string[] | null = null;
  // One text per card: a word never holds a line break, so joining with one cannot make a match of two halves.
  const textsOf = (): string[] =>
    (texts ??= cards.map((card) => {
      const more = moreText.get(card.id);
      return more === undefined ? card.searchText : `${card.searchText}\n${more}`;
    }));
  const kept: Result[] = [];

  const keep = (result: Result): BoardCard[] => {
    kept.unshift(result);
    if (kept.length > KEPT_RESULTS) kept.pop();
    return result.cards;
  };

  return {
    filter(filters, personId) {
      const rest = restOf(filters, personId);
      const words = searchWords(filters.search);
      const search = words.join(' ');
      const same = kept.find((result) => result.rest === rest && result.search === search);
      if (same) return same.cards;
      // The smallest kept result this search can only narrow; failing that, every case through every filter.
      let from: Result | undefined;
      for (const result of kept) {
        if (result.rest !== rest || !narrows(words, result.words)) continue;
        if (!from || result.places.length < from.places.length) from = result;
      }
      const places: number[] = [];
      if (from) {
        const all = textsOf();
        const added = words.filter((word) => !from.words.includes(word));
        for (const place of from.places) {
          const text = all[place] ?? '';
          if (added.every((word) => text.includes(word))) places.push(place);
        }
      } else {
        const all = words.length > 0 ? textsOf() : null;
        cards.forEach((card, place) => {
          if (!passesFilters(card, filters, personId)) return;
          const text = all?.[place] ?? '';
          if (words.every((word) => text.includes(word))) places.push(place);
        });
      }
      const found = places
        .map((place) => cards[place])
        .filter((card): card is BoardCard => card !== undefined);
      return keep({ rest, words, search, places, cards: found });
    },
  };
}
