/**
 * The app's data table: a caption, one header row of column names and the rows a screen passes in. Every table
 * names its columns with `scope="col"` here, so a screen reader reads each cell with its column; a screen writes
 * only its rows (a row's first cell is usually `<th scope="row">`).
 */
import type { ReactNode } from 'react';

export interface TableColumn {
  label: string;
  /** Figures: right-aligned, as the cells below it. */
  numeric?: boolean;
  /** Said by a screen reader but not shown: a column of buttons or links needs no visible heading. */
  hidden?: boolean;
}

interface DataTableProps {
  /** Extra classes after `data-table`. */
  className?: string | undefined;
  caption?: ReactNode;
  /** The caption is for screen readers only: the page's heading already says what the table is. */
  captionHidden?: boolean;
  /** The column names; `false` leaves out a column this person does not see (a column of actions). */
  columns: readonly (string | TableColumn | false)[];
  /** The body rows. */
  children: ReactNode;
  /** Rows for a `<tfoot>`: totals. */
  foot?: ReactNode;
}

export function DataTable({
  className,
  caption,
  captionHidden = false,
  columns,
  children,
  foot,
}: DataTableProps) {
  return (
    <table className={className ? `data-table ${className}` : 'data-table'}>
      {caption !== undefined && (
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      )}
      <thead>
        <tr>
          {columns.map((column) => {
            if (column === false) return null;
            const {
              label,
              numeric = false,
              hidden = false,
            } = typeof column === 'string' ? { label: column } : column;
            return (
              <th key={label} scope="col" className={numeric ? 'numeric' : undefined}>
                {hidden ? <span className="visually-hidden">{label}</span> : label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot !== undefined && <tfoot>{foot}</tfoot>}
    </table>
  );
}
