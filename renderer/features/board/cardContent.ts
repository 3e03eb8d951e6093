import { format, isValid, parseISO } from 'date-fns';
import type { BoardCard } from '../../../shared/board/boardIndex';
import { showDate } from '../../../shared/dates';
import { hrefFor } from '../../app/router/hashRoute';

/*
 * What a card says (its case, lead, review and marks), written straight into elements built once per place on a
 * stage, rather than through React: a search keystroke shows sixty new cases in the cards already on screen, and
 * React comparing each card's twenty-odd elements took about a third of that keystroke (decision 0012). The elements
 * and their order are those the card had as React elements, so screen readers hear the same.
 */

/** Both forms of each date, worked out once: the board draws hundreds of cards again as a person types. */
const DATE_FORMS = new Map<string, { short: string; full: string } | null>();
/** Far more days than any board shows; past it the forms are worked out afresh. */
const MAX_DATE_FORMS = 4000;

function dateForms(date: string): { short: string; full: string } | null {
  const known = DATE_FORMS.get(date);
  if (known !== undefined) return known;
  const day = parseISO(date);
  const forms = isValid(day) ? { short: format(day, 'd MMM yy'), full: showDate(date) } : null;
  if (DATE_FORMS.size >= MAX_DATE_FORMS) DATE_FORMS.clear();
  DATE_FORMS.set(date, forms);
  return forms;
}

/** The parts of a card's content that change from one case to the next. */
export interface CardContent {
  link: HTMLAnchorElement;
  lead: Text;
  review: HTMLSpanElement;
  reviewWord: HTMLSpanElement;
  reviewState: Text;
  date: HTMLTimeElement;
  shortDate: Text;
  fullDate: Text;
  overdueActions: HTMLSpanElement;
  changed: HTMLSpanElement;
  closed: HTMLSpanElement;
  retired: HTMLSpanElement;
  marks: HTMLParagraphElement;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  made.append(...children);
  return made;
}

function hiddenText(text: string): HTMLSpanElement {
  return element('span', 'visually-hidden', text);
}

/** Builds a card's content inside `into`: the title, the lead's line, and the line of marks. */
export function buildCardContent(into: HTMLElement): CardContent {
  const link = document.createElement('a');
  const lead = document.createTextNode('');
  const reviewState = document.createTextNode('');
  const shortDate = document.createTextNode('');
  const fullDate = document.createTextNode('');
  const shortShown = element('span', '', shortDate);
  // The short date is for the eye; screen readers hear the date in full.
  shortShown.setAttribute('aria-hidden', 'true');
  const date = element('time', '', shortShown, element('span', 'visually-hidden', fullDate));
  const reviewWord = hiddenText('Review ');
  const review = element('span', '');
  const dot = element('span', '', '● ');
  dot.setAttribute('aria-hidden', 'true');
  const parts: CardContent = {
    link,
    lead,
    review,
    reviewWord,
    reviewState,
    date,
    shortDate,
    fullDate,
    overdueActions: element('span', 'tag tag--error'),
    changed: element('span', 'tag tag--changed', dot, 'Changed', hiddenText(' since you last looked')),
    closed: element('span', 'tag', 'Closed'),
    retired: element('span', 'tag'),
    marks: element('p', 'case-card__line case-card__marks'),
  };
  into.replaceChildren(
    element('p', 'case-card__title', link),
    element('p', 'case-card__line', hiddenText('Lead professional: '), lead),
    parts.marks,
  );
  return parts;
}

/** Sets a text only when it differs: an unchanged text then costs the browser no layout. */
function setData(node: Text, text: string): void {
  if (node.data !== text) node.data = text;
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Puts exactly these nodes in `parent`, in this order, touching it only when they differ: a mark a case does not
 * have is left out of the page altogether, as it was when React drew the card, so neither a screen reader nor a
 * search of the page's text finds it.
 */
function keepOnly(parent: Element, nodes: readonly Node[]): void {
  const now = parent.childNodes;
  if (now.length === nodes.length && nodes.every((node, index) => now[index] === node)) return;
  parent.replaceChildren(...nodes);
}

/** Writes this case into a card's content: "12 Jan 27" for the review, as a card is narrow. */
export function fillCardContent(
  parts: CardContent,
  card: BoardCard,
  changed: boolean,
  retiredStage: string | undefined,
): void {
  const href = hrefFor('board', 'case', card.id);
  if (parts.link.getAttribute('href') !== href) parts.link.setAttribute('href', href);
  setText(parts.link, `${card.reference}${card.displayName ? ` · ${card.displayName}` : ''}`);
  setData(parts.lead, card.leadName || 'No lead yet');

  const marked = card.review === 'overdue' || card.review === 'due-soon';
  const reviewClass = marked ? `tag ${card.review === 'overdue' ? 'tag--error' : 'tag--warning'}` : '';
  if (parts.review.className !== reviewClass) parts.review.className = reviewClass;
  // "Review 12 Jan 27" plainly, or "Overdue 12 Jan 27" as a tag that screen readers hear as "Review Overdue…".
  const state = marked ? (card.review === 'overdue' ? 'Overdue ' : 'Due soon ') : 'Review ';
  const date = card.nextReviewDate;
  const forms = date === null ? null : dateForms(date);
  // A date that cannot be read is shown as it was typed, and a missing one as "not set".
  setData(parts.reviewState, forms ? state : `${state}${date ?? 'not set'}`);
  if (forms && date !== null) {
    if (parts.date.dateTime !== date) parts.date.dateTime = date;
    setData(parts.shortDate, forms.short);
    setData(parts.fullDate, forms.full);
  }
  keepOnly(parts.review, [
    ...(marked ? [parts.reviewWord] : []),
    parts.reviewState,
    ...(forms ? [parts.date] : []),
  ]);

  if (card.overdueActions > 0) {
    setText(
      parts.overdueActions,
      `${card.overdueActions} overdue ${card.overdueActions === 1 ? 'action' : 'actions'}`,
    );
  }
  if (retiredStage !== undefined) setText(parts.retired, `Stage: ${retiredStage} (retired)`);
  keepOnly(parts.marks, [
    parts.review,
    ...(card.overdueActions > 0 ? [parts.overdueActions] : []),
    ...(changed ? [parts.changed] : []),
    ...(card.status === 'closed' ? [parts.closed] : []),
    ...(retiredStage !== undefined ? [parts.retired] : []),
  ]);
}
