import { memo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { format, isValid, parseISO } from 'date-fns';
import type { BoardCard } from '../../../shared/board/boardIndex';
import { LIST_SORT_LABELS } from '../../../shared/board/listOrder';
import { LIST_SORTS, type ListSort } from '../../../shared/board/filters';
import { indicatorLabel, type WellbeingSetting } from '../../../shared/domain/wellbeing';
import { hrefFor } from '../../app/router/hashRoute';
import './caseList.css';

interface CaseListProps {
  /** The filtered cases, already in the list's order. */
  cards: readonly BoardCard[];
  sort: ListSort;
  descending: boolean;
  onSort: (sort: ListSort, descending: boolean) => void;
  stageTitles: ReadonlyMap<string, string>;
  changed: ReadonlySet<string>;
  /** The team's framework, which names each case's concerns; undefined while it loads. */
  wellbeing: WellbeingSetting | undefined;
}

/** Every row is one line high, so the list knows where each row is without measuring 50,000 of them. */
const ROW_HEIGHT = 41;

function listDate(date: string | null): string {
  if (date === null) return 'Not set';
  const day = parseISO(date);
  return isValid(day) ? format(day, 'd MMM yyyy') : date;
}

/**
 * The filtered cases as a table, for those who think in rows (decision 0024). Each column header sorts by that
 * column (again to reverse it) and says which way with `aria-sort`. Only the rows in view are in the page, between
 * two spacer rows, so a list of a whole authority's cases opens and scrolls like a short one.
 */
export const CaseList = memo(function CaseList({
  cards,
  sort,
  descending,
  onSort,
  stageTitles,
  changed,
  wellbeing,
}: CaseListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1000, height: 600 },
    getItemKey: (index) => cards[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const direction = descending ? 'descending' : 'ascending';

  return (
    <div
      ref={scrollRef}
      className="board-list"
      // A focusable scroll area lets keyboard users scroll the list (WCAG scrollable-region-focusable).
      tabIndex={0}
      role="region"
      aria-label="Case list"
    >
      <table className="board-list__table" aria-rowcount={cards.length + 1}>
        <caption className="visually-hidden">
          Cases, sorted by {LIST_SORT_LABELS[sort].toLowerCase()}, {direction}. Choose a column heading to
          sort by it.
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {LIST_SORTS.map((column) => (
              <th key={column} scope="col" aria-sort={column === sort ? direction : undefined}>
                <button
                  type="button"
                  className="board-list__sort"
                  onClick={() => onSort(column, column === sort ? !descending : false)}
                >
                  {LIST_SORT_LABELS[column]}
                  <span aria-hidden="true" className="board-list__arrow">
                    {column === sort ? (descending ? ' ▼' : ' ▲') : ' ↕'}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">Agencies</th>
            <th scope="col">Wellbeing</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="board-list__spacer">
              <td colSpan={LIST_SORTS.length + 2} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const card = cards[item.index];
            if (!card) return null;
            return (
              <tr key={item.key} aria-rowindex={item.index + 2} data-list-case={card.id}>
                <th scope="row">
                  <a href={hrefFor('board', 'case', card.id)}>{card.reference}</a>
                  {changed.has(card.id) && (
                    <span className="tag tag--changed">
                      <span aria-hidden="true">● </span>Changed
                      <span className="visually-hidden"> since you last looked</span>
                    </span>
                  )}
                </th>
                <td>{card.displayName}</td>
                <td>{stageTitles.get(card.columnId) ?? 'A stage no longer on the board'}</td>
                <td>{card.leadName || 'No lead yet'}</td>
                <td>
                  {listDate(card.nextReviewDate)}
                  {card.review === 'overdue' && <span className="tag tag--error">Overdue</span>}
                  {card.review === 'due-soon' && <span className="tag tag--warning">Due soon</span>}
                  {card.status === 'closed' && <span className="tag">Closed</span>}
                </td>
                <td>
                  {card.overdueActions > 0 ? (
                    <span className="tag tag--error">{card.overdueActions} overdue</span>
                  ) : (
                    'None'
                  )}
                </td>
                <td>{card.agencyNames.join(', ')}</td>
                <td>
                  {wellbeing && card.concerns.map((concern) => indicatorLabel(concern, wellbeing)).join(', ')}
                </td>
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="board-list__spacer">
              <td colSpan={LIST_SORTS.length + 2} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
});
