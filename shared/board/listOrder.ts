/**
 * The case list's order. The whole index is put in order once per choice of column; filtering keeps that order, so
 * a keystroke never sorts (a sort of 50,000 cards by name takes longer than a keystroke may).
 */
import type { BoardColumn } from '../domain/team';
import type { BoardCard } from './boardIndex';
import { compareCards } from './cardOrder';
import type { ListSort } from './filters';

export const LIST_SORT_LABELS: Record<ListSort, string> = {
  reference: 'Reference',
  name: 'Name',
  stage: 'Stage',
  lead: 'Lead professional',
  review: 'Next review',
  actions: 'Overdue actions',
};

const TEXT_ORDER = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/**
 * Cards in the order of one column, the other way round when `descending`. Ties, and cards with nothing in that
 * column, keep the board's own order (soonest review, then reference), and empty values go last either way.
 */
export function orderForList(
  cards: readonly BoardCard[],
  sort: ListSort,
  descending: boolean,
  columns: readonly BoardColumn[],
): BoardCard[] {
  const sign = descending ? -1 : 1;
  if (sort === 'review') {
    const ordered = [...cards].sort(compareCards);
    if (!descending) return ordered;
    const dated = ordered.filter((card) => card.nextReviewDate !== null).reverse();
    return [...dated, ...ordered.filter((card) => card.nextReviewDate === null)];
  }
  const stageRank = new Map(columns.map((column, rank) => [column.id, rank]));
  const key = (card: BoardCard): string | number | null => {
    switch (sort) {
      case 'reference':
        return card.reference;
      case 'name':
        return card.displayName || null;
      case 'lead':
        return card.leadName || null;
      case 'stage':
        return stageRank.get(card.columnId) ?? null;
      case 'actions':
        return card.overdueActions;
    }
  };
  const keyed = cards.map((card) => ({ card, key: key(card) }));
  keyed.sort((a, b) => {
    if (a.key === b.key) return compareCards(a.card, b.card);
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : TEXT_ORDER.compare(String(a.key), String(b.key));
    return order === 0 ? compareCards(a.card, b.card) : sign * order;
  });
  return keyed.map((entry) => entry.card);
}
