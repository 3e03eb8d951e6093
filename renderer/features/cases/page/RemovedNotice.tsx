import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CaseRowTable } from '../caseRowCommands';

/** What was just removed from a case page, and where it stood in its list. */
export interface Removed {
  table: CaseRowTable;
  id: string;
  /** "the chronology entry of 3 March 2026". */
  what: string;
  /** Its place in the list as shown when it was removed: the notice takes that place. */
  index: number;
}

/** The id of a row of a case page's list, focused when an Undo brings it back. */
export function caseItemId(table: CaseRowTable, id: string): string {
  return `${table}-item-${id}`;
}

interface RemovedNoticeProps {
  removed: Removed;
  onUndo: () => Promise<void>;
  /** A row of a table, spanning this many columns; a list item otherwise. */
  columns?: number;
}

/**
 * Says what was removed and offers Undo in the very place it stood, with focus on Undo, so a keyboard or
 * screen-reader user hears what happened and stays where they were working.
 */
export function RemovedNotice({ removed, onUndo, columns }: RemovedNoticeProps) {
  const undoRef = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    undoRef.current?.focus();
  }, [removed.id]);
  const messageId = `removed-${removed.id}`;
  const content = (
    <>
      <p id={messageId} className="case-removed__message">
        Removed {removed.what}. It is in Recently deleted.
      </p>
      <button
        ref={undoRef}
        type="button"
        className="button button--secondary"
        aria-describedby={messageId}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setProblem(null);
          onUndo().catch(() => {
            setProblem('It could not be brought back here. Look in Recently deleted, under Settings.');
            setBusy(false);
          });
        }}
      >
        Undo
      </button>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </>
  );
  if (columns !== undefined) {
    return (
      <tr className="case-removed">
        <td colSpan={columns}>{content}</td>
      </tr>
    );
  }
  return <li className="case-list__item case-removed">{content}</li>;
}

/** A list's rows with the notice of the row just removed from it put back in that row's place. */
export function withRemoved(
  rows: ReactNode[],
  table: CaseRowTable,
  removed: Removed | null,
  onUndo: () => Promise<void>,
  columns?: number,
): ReactNode[] {
  if (removed?.table !== table) return rows;
  const notice = (
    <RemovedNotice
      key={`removed-${removed.id}`}
      removed={removed}
      onUndo={onUndo}
      {...(columns === undefined ? {} : { columns })}
    />
  );
  const at = Math.min(removed.index, rows.length);
  return [...rows.slice(0, at), notice, ...rows.slice(at)];
}
