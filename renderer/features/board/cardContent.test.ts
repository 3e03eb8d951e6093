import { describe, expect, it } from 'vitest';
import { makeBoardCard } from '../../../tests/factories/board';
import { buildCardContent, fillCardContent } from './cardContent';

function cardOnScreen() {
  const into = document.createElement('div');
  document.body.append(into);
  return { into, parts: buildCardContent(into) };
}

describe('a card’s content', () => {
  it('shows the case, its lead, and its review date short for the eye and in full for screen readers', () => {
    const { into, parts } = cardOnScreen();
    const card = makeBoardCard({ reference: 'JU-0042', displayName: 'Child A.', leadName: 'Alex Morgan' });
    fillCardContent(parts, { ...card, nextReviewDate: '2027-01-12' }, false, undefined);

    expect(into.querySelector('a')).toHaveTextContent('JU-0042 · Child A.');
    expect(into.querySelector('a')?.getAttribute('href')).toContain(card.id);
    expect(into).toHaveTextContent('Lead professional: Alex Morgan');
    expect(into.querySelector('[aria-hidden="true"]')).toHaveTextContent('12 Jan 27');
    expect(into).toHaveTextContent('Review 12 Jan 2712 January 2027');
    expect(into.querySelector('time')?.dateTime).toBe('2027-01-12');
  });

  it('says when a case has no lead or review date yet', () => {
    const { into, parts } = cardOnScreen();
    fillCardContent(parts, makeBoardCard(), false, undefined);

    expect(into).toHaveTextContent('No lead yet');
    expect(into).toHaveTextContent('Review not set');
    expect(into.querySelector('time')).toBeNull();
  });

  it('shows only the marks of the case it now holds when a place on the board shows another case', () => {
    const { into, parts } = cardOnScreen();
    const marked = makeBoardCard({
      status: 'closed',
      review: 'overdue',
      nextReviewDate: '2026-11-02',
      overdueActions: 2,
    });
    fillCardContent(parts, marked, true, 'Strategy');
    expect(into).toHaveTextContent('Review Overdue 2 Nov 26');
    expect(into).toHaveTextContent('2 overdue actions');
    expect(into).toHaveTextContent('Changed since you last looked');
    expect(into).toHaveTextContent('Closed');
    expect(into).toHaveTextContent('Stage: Strategy (retired)');
    expect(into.querySelector('.tag--error')).toHaveTextContent('Overdue');

    fillCardContent(parts, makeBoardCard({ nextReviewDate: '2027-03-01' }), false, undefined);
    expect(into.querySelector('.case-card__marks')?.textContent).toBe('Review 1 Mar 271 March 2027');
    expect(into.querySelectorAll('.tag')).toHaveLength(0);
  });

  it('shows a review due soon as a warning, and one overdue action in the singular', () => {
    const { into, parts } = cardOnScreen();
    fillCardContent(
      parts,
      makeBoardCard({ review: 'due-soon', nextReviewDate: '2026-12-10', overdueActions: 1 }),
      false,
      undefined,
    );
    expect(into.querySelector('.tag--warning')).toHaveTextContent('Review Due soon 10 Dec 26');
    expect(into).toHaveTextContent('1 overdue action');
    expect(into).not.toHaveTextContent('actions');
  });
});
