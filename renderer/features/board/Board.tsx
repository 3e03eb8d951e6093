import { memo, useCallback, useMemo, useRef, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { BoardCard } from '../../../shared/board/boardIndex';
import type { BoardLayout } from '../../../shared/board/grouping';
import type { BoardColumn as Stage } from '../../../shared/domain/team';
import { useWriter } from '../../app/team/useWriter';
import { WriteError } from '../../db/writer';
import { SavedBanner } from '../../ui/SavedBanner';
import { BoardColumn } from './BoardColumn';
import { moveCase } from './boardCommands';
import type { StageChoice } from './MoveMenu';
import { MoveDialog, type PendingMove } from './MoveDialog';
import { stageKeyboardCoordinates } from './stageKeyboardCoordinates';

interface BoardProps {
  layout: BoardLayout;
  /** Every live stage, retired ones included, for naming where a case is. */
  allColumns: readonly Stage[];
  changed: ReadonlySet<string>;
  grouped: boolean;
}

/** The case to give focus to once it shows in the stage it moved to. */
interface FocusTarget {
  caseId: string;
  columnId: string;
}

interface DragData {
  card: BoardCard;
}
interface DropData {
  columnId: string | null;
  title: string;
}

function dragCard(data: unknown): BoardCard | null {
  return typeof data === 'object' && data !== null && 'card' in data ? (data as DragData).card : null;
}
function dropTarget(data: unknown): DropData | null {
  return typeof data === 'object' && data !== null && 'columnId' in data ? (data as DropData) : null;
}

// Options made once: dnd-kit makes a sensor anew whenever its options object is new, and new sensors give every card
// and stage on the board a new drag context, so each keystroke's result would draw every one of them again.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const KEYBOARD_OPTIONS = { coordinateGetter: stageKeyboardCoordinates };

const INSTRUCTIONS =
  'To move this case to another stage, press Space or Enter to pick it up, use the left and right arrow keys to ' +
  'choose a stage, then press Space or Enter to drop it. Press Escape to cancel. The “Move to…” menu does the ' +
  'same without dragging.';

/** The stages and their cases, with drag and drop, the “Move to…” menu and the move dialog. */
export const Board = memo(function Board({ layout, allColumns, changed, grouped }: BoardProps) {
  const writer = useWriter();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  const titles = useMemo(() => new Map(allColumns.map((column) => [column.id, column.title])), [allColumns]);
  const stages: StageChoice[] = useMemo(
    () => layout.columns.map((column) => ({ id: column.id, title: column.title })),
    [layout.columns],
  );
  const retiredNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const card of layout.retired)
      names.set(card.columnId, titles.get(card.columnId) ?? 'no longer on the board');
    return names;
  }, [layout.retired, titles]);
  const titleOf = useCallback(
    (columnId: string) => titles.get(columnId) ?? 'a stage no longer on the board',
    [titles],
  );

  const askToMove = useCallback(
    (card: BoardCard, toColumnId: string) => {
      if (card.columnId === toColumnId) return;
      setMoved(null);
      setPending({ card, fromTitle: titleOf(card.columnId), toColumnId, toTitle: titleOf(toColumnId) });
    },
    [titleOf],
  );
  const clearFocus = useCallback(() => setFocusTarget(null), []);
  // What every stage, in use or retired, is given alike.
  const alike = { stages, changed, onMove: askToMove, onFocused: clearFocus };

  const confirm = async (move: PendingMove, reason: string): Promise<string | null> => {
    try {
      const result = await moveCase(writer, { caseId: move.card.id, toColumnId: move.toColumnId, reason });
      setPending(null);
      setMoved(`Moved ${move.card.reference} from ${result.from} to ${result.to}.`);
      setFocusTarget({ caseId: move.card.id, columnId: move.toColumnId });
      return null;
    } catch (error) {
      if (error instanceof WriteError) return error.message;
      throw error;
    }
  };

  // Focus goes back to the case, where the person was, rather than to the top of the page.
  const cancel = () => {
    if (pending) setFocusTarget({ caseId: pending.card.id, columnId: pending.card.columnId });
    setPending(null);
  };

  // Right after pick-up the case is over its own stage: saying nothing until it leaves keeps the pick-up message.
  const justPickedUp = useRef(false);
  const announcements: Announcements = {
    onDragStart({ active }) {
      const card = dragCard(active.data.current);
      if (!card) return undefined;
      justPickedUp.current = true;
      return `Picked up case ${card.reference}, in ${titleOf(card.columnId)}. Use the left and right arrow keys to choose a stage.`;
    },
    onDragOver({ active, over }) {
      const card = dragCard(active.data.current);
      const target = dropTarget(over?.data.current);
      if (!card) return undefined;
      if (justPickedUp.current) {
        if (!target || target.columnId === card.columnId) return undefined;
        justPickedUp.current = false;
      }
      return target
        ? `Case ${card.reference} is over ${target.title}.`
        : `Case ${card.reference} is not over a stage.`;
    },
    onDragEnd({ active, over }) {
      const card = dragCard(active.data.current);
      const target = dropTarget(over?.data.current);
      if (!card) return undefined;
      if (!target?.columnId || target.columnId === card.columnId) {
        return `Case ${card.reference} stays in ${titleOf(card.columnId)}.`;
      }
      return `Dropped case ${card.reference} on ${target.title}. Add a reason if you wish, then confirm to move it to ${target.title}.`;
    },
    onDragCancel({ active }) {
      const card = dragCard(active.data.current);
      return card
        ? `Moving cancelled. Case ${card.reference} stays in ${titleOf(card.columnId)}.`
        : undefined;
    },
  };

  const onDragStart = (event: DragStartEvent) => setDragging(dragCard(event.active.data.current));
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const card = dragCard(event.active.data.current);
    const target = dropTarget(event.over?.data.current);
    if (card && target?.columnId) askToMove(card, target.columnId);
  };

  return (
    <DndContext
      sensors={sensors}
      accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      <SavedBanner text={moved} />
      {layout.lanes.map((lane) => (
        <section
          key={lane.key}
          className="board-lane"
          aria-labelledby={grouped ? `lane-${lane.key}` : undefined}
        >
          {grouped && (
            <h2 id={`lane-${lane.key}`} className="board-lane__title">
              {lane.label} <span className="board-column__count">({lane.count})</span>
            </h2>
          )}
          <div className={`board-columns${grouped ? ' board-columns--lane' : ''}`}>
            {layout.columns.map((column) => (
              <BoardColumn
                key={column.id}
                dropId={`${lane.key}::${column.id}`}
                laneKey={lane.key}
                title={column.title}
                headingLevel={grouped ? 3 : 2}
                columnId={column.id}
                cards={lane.byColumn.get(column.id) ?? []}
                {...alike}
                focusCaseId={focusTarget?.columnId === column.id ? focusTarget.caseId : null}
              />
            ))}
          </div>
        </section>
      ))}
      {layout.retired.length > 0 && (
        <div className="board-columns board-columns--retired">
          <BoardColumn
            dropId="retired"
            laneKey="retired"
            title="Retired stages"
            headingLevel={2}
            columnId={null}
            cards={layout.retired}
            {...alike}
            focusCaseId={null}
            stageNames={retiredNames}
            note="These cases are in stages the team no longer uses. Move each one to a stage in use."
          />
        </div>
      )}
      <DragOverlay>
        {dragging ? (
          <div className="case-card case-card--overlay">
            <p className="case-card__title">
              {dragging.reference}
              {dragging.displayName ? ` · ${dragging.displayName}` : ''}
            </p>
          </div>
        ) : null}
      </DragOverlay>
      <MoveDialog pending={pending} onConfirm={confirm} onCancel={cancel} />
    </DndContext>
  );
});
