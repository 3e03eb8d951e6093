/**
 * The board's own order of cases: soonest review first (overdue ones come first), cases without a review date last,
 * then by reference. Cards, the case list's ties and the saved snapshot's cases all keep it.
 */

/** What the order reads: a card, or a case as the board's snapshot keeps it. */
export interface Ordered {
  nextReviewDate: string | null;
  reference: string;
}

// One collator for every comparison: `localeCompare` builds a new one per call, which is slow over 5,000 cards.
const REFERENCE_ORDER = new Intl.Collator('en-GB', { numeric: true });

/** Soonest review first (overdue ones come first), cases without a review date last, then by reference. */
export function compareCards(a: Ordered, b: Ordered): number {
  if (a.nextReviewDate !== b.nextReviewDate) {
    if (a.nextReviewDate === null) return 1;
    if (b.nextReviewDate === null) return -1;
    return a.nextReviewDate < b.nextReviewDate ? -1 : 1;
  }
  return REFERENCE_ORDER.compare(a.reference, b.reference);
}
