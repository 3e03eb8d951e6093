import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { BoardCard } from '../../../shared/board/boardIndex';
import { CaseCard } from './CaseCard';
import { cardKey, type HeldCard } from './cardPlaces';
import type { StageChoice } from './MoveMenu';

interface BoardColumnProps {
  /** Unique on the page: the lane and the stage. */
  dropId: string;
  laneKey: string;
  title: string;
  headingLevel: 2 | 3;
  /** The stage id, or null for the retired stages area (nothing can be dropped there). */
  columnId: string | null;
  cards: readonly BoardCard[];
  stages: readonly StageChoice[];
  changed: ReadonlySet<string>;
  onMove: (card: BoardCard, toColumnId: string) => void;
  focusCaseId: string | null;
  onFocused: () => void;
  /** For retired stages: the name of each card's own stage. */
  stageNames?: ReadonlyMap<string, string>;
  note?: string;
}

/** A compact card of three lines at the usual text size, until a card of its shape has been measured. */
const ESTIMATED_CARD_HEIGHT = 64;

/**
 * How many marks a card shows under its lead (the review, and any of overdue actions, changed, closed). Cards with
 * the same number of marks are nearly always the same height in one stage, as they wrap the same way.
 */
function shapeOf(card: BoardCard, changed: boolean): number {
  return 1 + (card.overdueActions > 0 ? 1 : 0) + (changed ? 1 : 0) + (card.status === 'closed' ? 1 : 0);
}

function sameCards(a: readonly BoardCard[], b: readonly BoardCard[]): boolean {
  return a.length === b.length && a.every((card, index) => card === b[index]);
}

/**
 * A stage whose cards are the same ones in the same order is not drawn again: a search keystroke lays the board
 * out afresh, but often changes only some of the stages.
 */
function sameColumn(before: BoardColumnProps, after: BoardColumnProps): boolean {
  const { cards: cardsBefore, ...restBefore } = before;
  const { cards: cardsAfter, ...restAfter } = after;
  const entries = Object.entries(restAfter);
  return (
    sameCards(cardsBefore, cardsAfter) &&
    entries.length === Object.keys(restBefore).length &&
    entries.every(([key, value]) => Object.is(value, Reflect.get(restBefore, key)))
  );
}

/**
 * One stage of the board. Only the cards in view are in the page (a stage may hold a thousand cases), so the list
 * scrolls inside the column and tells screen readers how many cards there are.
 */
export const BoardColumn = memo(function BoardColumn({
  dropId,
  laneKey,
  title,
  headingLevel,
  columnId,
  cards,
  stages,
  changed,
  onMove,
  focusCaseId,
  onFocused,
  stageNames,
  note,
}: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({
    id: dropId,
    data: { columnId, title },
    disabled: columnId === null,
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const sizes = useRef(new Map<string, number>());
  // A card not yet measured is placed at the height last measured for a card of its shape: placing it at the
  // wrong height mounts too few cards, then a second drawing adds the rest once they are measured.
  const shapeSizes = useRef(new Map<number, number>());
  // A card measured before keeps its height, so showing it again does not lay the stage out twice. The same
  // height serves the estimate and a card's first measuring as it mounts, before its real size is reported.
  const heightOf = (caseId: string, shape: number) =>
    sizes.current.get(caseId) ?? shapeSizes.current.get(shape) ?? ESTIMATED_CARD_HEIGHT;
  // Cards are drawn in the elements of their places on screen, all but the one that last took focus (cardPlaces.ts).
  const [held, setHeld] = useState<HeldCard | null>(null);
  // Focus anywhere in the stage (a card, its menu, the scroll area itself): its cards then draw their controls,
  // and one card past each edge, for the Tab key.
  const [focusInside, setFocusInside] = useState(false);
  const heldIndex = held === null ? -1 : cards.findIndex((card) => card.id === held.caseId);
  // Each card's estimate is worked out once per change of the stage's cards, not on every pass the virtualizer
  // makes over a stage of thousands of cards.
  const estimates = useMemo(
    () => cards.map((card) => heightOf(card.id, shapeOf(card, changed.has(card.id)))),
    [cards, changed],
  );
  // The virtualizer places every card again only when this function is a new one (it does not watch the
  // estimates): new for new cards or a moved held card, the same across the stage's other drawings.
  const keyOf = useCallback(
    (index: number) => cardKey(index, held, heldIndex),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- new estimates must place the cards again (above)
    [held, heldIndex, estimates],
  );
  const virtualizer = useVirtualizer({
    // Positions and the list's height are written straight to the page: a card measured at another height than
    // estimated moves the cards below it without drawing the stage again in React.
    directDomUpdates: true,
    // Placed by `top`, not by a 3D transform, which would give every card a layer of its own for the browser to
    // paint and put together apart from the rest: a keystroke's new cards are then one layer's work.
    directDomUpdatesMode: 'position',
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimates[index] ?? ESTIMATED_CARD_HEIGHT,
    // One card past each edge while focus is in the stage, so the Tab key always has a next card to go to (the
    // browser scrolls it into view, and the one after it is drawn). None otherwise: as a person types a search,
    // each card drawn is work for every keystroke, and the cards past the edges took about a tenth of it.
    overscan: focusInside ? 1 : 0,
    // Shows the first cards on the very first paint, before the column's real height is measured.
    initialRect: { width: 280, height: 900 },
    getItemKey: keyOf,
    measureElement: (element, entry) => {
      // Measuring every new card as it mounts forces a fresh page layout per card; read sizes from the resize
      // observer instead, and remember them, so a keystroke that changes sixty cards lays the page out once.
      const id = element.getAttribute('data-card-id') ?? '';
      const box = entry?.borderBoxSize[0];
      if (box) {
        const size = Math.round(box.blockSize);
        sizes.current.set(id, size);
        shapeSizes.current.set(Number(element.getAttribute('data-shape')), size);
        return size;
      }
      return heightOf(id, Number(element.getAttribute('data-shape')));
    },
  });
  const focusIndex = focusCaseId === null ? -1 : cards.findIndex((card) => card.id === focusCaseId);
  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusIndex, virtualizer]);

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `column-${dropId.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <section
      className={`board-column${isOver ? ' board-column--over' : ''}${columnId === null ? ' board-column--retired' : ''}`}
      aria-labelledby={headingId}
      onFocus={() => setFocusInside(true)}
      onBlur={(event) => {
        // Focus going into a card's menu or the move dialog (drawn in layers of their own), or out of the window,
        // comes back to this stage: its cards keep their controls, so focus has the "Move to…" button to return to.
        const to = event.relatedTarget;
        if (
          to instanceof Element &&
          !event.currentTarget.contains(to) &&
          !to.closest('[role="menu"], [role="dialog"], [role="alertdialog"]')
        ) {
          setFocusInside(false);
        }
      }}
    >
      <Heading id={headingId} className="board-column__title">
        {title} <span className="board-column__count">({cards.length})</span>
      </Heading>
      {note && <p className="board-column__note">{note}</p>}
      <div
        ref={(node) => {
          scrollRef.current = node;
          setNodeRef(node);
        }}
        className="board-column__scroll"
        data-column-scroll={columnId ?? 'retired'}
        data-lane={laneKey}
        // A focusable scroll area lets keyboard users scroll a long stage (WCAG scrollable-region-focusable).
        tabIndex={0}
        aria-label={`Cases in ${title}`}
        role="region"
      >
        {cards.length === 0 ? (
          <p className="board-column__empty">No cases here.</p>
        ) : (
          <ul className="board-column__list" ref={virtualizer.containerRef}>
            {virtualizer.getVirtualItems().map((item) => {
              const card = cards[item.index];
              if (!card) return null;
              const isChanged = changed.has(card.id);
              return (
                <li
                  key={item.key}
                  data-index={item.index}
                  data-card-id={card.id}
                  data-shape={shapeOf(card, isChanged)}
                  ref={virtualizer.measureElement}
                  className="board-column__item"
                  aria-setsize={cards.length}
                  aria-posinset={item.index + 1}
                  // Focus inside the card, in its "Move to…" menu too (React brings that here from the menu's layer).
                  onFocus={() => {
                    if (held?.caseId !== card.id) setHeld({ caseId: card.id, key: keyOf(item.index) });
                  }}
                >
                  <CaseCard
                    card={card}
                    dragId={`${laneKey}::${card.id}`}
                    stages={stages}
                    changed={isChanged}
                    retiredStage={stageNames?.get(card.columnId)}
                    onMove={onMove}
                    withControls={focusInside}
                    focusNow={card.id === focusCaseId}
                    onFocused={onFocused}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}, sameColumn);
