import { useEffect, useLayoutEffect, type RefObject } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { BoardCard } from '../../../shared/board/boardIndex';
import { MoveMenu, type StageChoice } from './MoveMenu';

interface CardControlsProps {
  card: BoardCard;
  /** Unique on the page: a case shows once per swimlane it belongs to. */
  dragId: string;
  stages: readonly StageChoice[];
  onMove: (card: BoardCard, toColumnId: string) => void;
  /** The card these controls move, measured by drag and drop as the case is picked up. */
  cardRef: RefObject<HTMLElement | null>;
  onDragging: (dragging: boolean) => void;
}

/**
 * Moving a case: its "Move to…" menu and its drag handle, drawn over the card's lower right corner while the card
 * has the pointer or the focus (caseCard.css). Only cards a person is at have them (CaseCard.tsx), so the drag and
 * drop registration is made for those cards alone.
 */
export function CardControls({ card, dragId, stages, onMove, cardRef, onDragging }: CardControlsProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: dragId,
    data: { card },
  });
  useLayoutEffect(() => {
    setNodeRef(cardRef.current);
    return () => setNodeRef(null);
  }, [cardRef, setNodeRef]);
  useEffect(() => onDragging(isDragging), [isDragging, onDragging]);

  const choices = stages.filter((stage) => stage.id !== card.columnId);
  return (
    <div className="case-card__controls">
      <MoveMenu
        reference={card.reference}
        choices={choices}
        onChoose={(columnId) => onMove(card, columnId)}
      />
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="button button--quiet button--small case-card__drag"
        {...attributes}
        {...listeners}
        aria-label={`Drag case ${card.reference}`}
      >
        <span aria-hidden="true">⠿</span>
      </button>
    </div>
  );
}
