import type { ReactNode } from 'react';
import type { CaseRowTable } from '../caseRowCommands';
import type { CaseSectionProps } from './caseSectionProps';
import { caseItemId, withRemoved } from './RemovedNotice';

type ListedTable = CaseRowTable & keyof CaseSectionProps['rows'];
type RowOf<Table extends ListedTable> = CaseSectionProps['rows'][Table][number];

interface CaseRowListProps<Table extends ListedTable> {
  /** The case page's section: its rows, and the row just removed with its Undo. */
  section: Pick<CaseSectionProps, 'rows' | 'removed' | 'undoRemoval'>;
  table: Table;
  /** Said when there are no rows (and none was just removed). */
  empty: ReactNode;
  /** Classes of a row's item besides `case-list__item` (an overdue action's). */
  itemClass?: (row: RowOf<Table>) => string | undefined;
  /** What a row's item holds; `index` is its place, for the notice that takes it if it is removed. */
  children: (row: RowOf<Table>, index: number) => ReactNode;
}

/**
 * The rows of one table of a case (its aims, actions, services, views) as a list, each item focusable so Undo can
 * bring a removed row back and put focus on it, with the notice of the row just removed in the place it stood.
 */
export function CaseRowList<Table extends ListedTable>({
  section: { rows: allRows, removed, undoRemoval },
  table,
  empty,
  itemClass,
  children,
}: CaseRowListProps<Table>) {
  const rows: readonly RowOf<Table>[] = allRows[table];
  if (rows.length === 0 && removed?.table !== table) return <p>{empty}</p>;
  return (
    <ul className="case-list">
      {withRemoved(
        rows.map((row, index) => (
          <li
            key={row.id}
            id={caseItemId(table, row.id)}
            tabIndex={-1}
            className={['case-list__item', itemClass?.(row)].filter(Boolean).join(' ')}
          >
            {children(row, index)}
          </li>
        )),
        table,
        removed,
        undoRemoval,
      )}
    </ul>
  );
}
