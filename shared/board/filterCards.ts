/** Applies the board's filters in memory. Every filter narrows: a case shows only if it passes them all. */
import type { BoardCard } from './boardIndex';
import type { BoardFilters } from './filters';

/** Search words: every word must appear somewhere in the case's reference, name, aims or actions. */
export function searchWords(search: string): string[] {
  return search.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether a card passes every filter but the search. */
export function passesFilters(card: BoardCard, filters: BoardFilters, personId: string | null): boolean {
  if (!filters.showClosed && card.status === 'closed') return false;
  if (filters.mine && (personId === null || !card.memberIds.includes(personId))) return false;
  if (filters.leadId !== null && card.leadId !== filters.leadId) return false;
  if (filters.agencyId !== null && !card.agencyIds.includes(filters.agencyId)) return false;
  if (filters.memberId !== null && !card.memberIds.includes(filters.memberId)) return false;
  if (filters.concern !== null && !card.concerns.includes(filters.concern)) return false;
  if (filters.review === 'due-soon' && card.review !== 'due-soon') return false;
  if (filters.review === 'overdue' && card.review !== 'overdue') return false;
  if (filters.review === 'due-soon-or-overdue' && card.review !== 'due-soon' && card.review !== 'overdue')
    return false;
  return !(filters.actionsOverdue && card.overdueActions === 0);
}

/**
 * `moreText` holds further lower-case search text per case id (the aims and actions, when the board read them apart
 * from the cards); a word may appear in either.
 */
export function filterCards(
  cards: readonly BoardCard[],
  filters: BoardFilters,
  personId: string | null,
  moreText?: ReadonlyMap<string, string>,
): BoardCard[] {
  const words = searchWords(filters.search);
  return cards.filter(
    (card) =>
      passesFilters(card, filters, personId) &&
      words.every(
        (word) => card.searchText.includes(word) || (moreText?.get(card.id)?.includes(word) ?? false),
      ),
  );
}
