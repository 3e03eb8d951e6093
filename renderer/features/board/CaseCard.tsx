import { memo, useEffect, useRef } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { showDate } from '../../../shared/dates';
import type { BoardCard } from '../../../shared/board/boardIndex';
import { WELLBEING_LABELS } from '../../../shared/domain/cases';
import { hrefFor } from '../../app/router/hashRoute';
import { MoveMenu, type StageChoice } from './MoveMenu';

interface CaseCardProps {
  card: BoardCard;
  /** Unique on the page: a case shows once per swimlane it belongs to. */
  dragId: string;
  stages: readonly StageChoice[];
  changed: boolean;
  /** The stage a case in a retired stage is in, named on the card. */
  retiredStage?: string | undefined;
  onMove: (card: BoardCard, toColumnId: string) => void;
  /** Take focus once shown (after a move, so keyboard users stay with the case). */
  focusNow?: boolean;
  onFocused?: () => void;
}

/** One case on the board: what the team needs at a glance, a link to the case, and two ways to move it. */
export const CaseCard = memo(function CaseCard({
  card,
  dragId,
  stages,
  changed,
  retiredStage,
  onMove,
  focusNow = false,
  onFocused,
}: CaseCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: dragId,
    data: { card },
  });
  const linkRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (!focusNow) return;
    const frame = requestAnimationFrame(() => {
      linkRef.current?.focus();
      onFocused?.();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusNow, onFocused]);

  const title = `${card.reference}${card.displayName ? ` · ${card.displayName}` : ''}`;
  const choices = stages.filter((stage) => stage.id !== card.columnId);
  return (
    <article
      ref={setNodeRef}
      className={`case-card${isDragging ? ' case-card--dragging' : ''}${card.status === 'closed' ? ' case-card--closed' : ''}`}
      data-case-card={card.id}
    >
      <p className="case-card__title">
        <a ref={linkRef} href={hrefFor('board', 'case', card.id)}>
          {title}
        </a>
      </p>
      {(changed || card.status === 'closed' || retiredStage) && (
        <p className="case-card__flags">
          {changed && (
            <span className="tag tag--changed">
              <span aria-hidden="true">● </span>Changed since you last looked
            </span>
          )}
          {card.status === 'closed' && <span className="tag">Closed</span>}
          {retiredStage && <span className="tag">Stage: {retiredStage} (retired)</span>}
        </p>
      )}
      <dl className="case-card__facts">
        <div>
          <dt>Lead</dt>
          <dd>{card.leadName || 'Not chosen yet'}</dd>
        </div>
        {card.agencyNames.length > 0 && (
          <div>
            <dt>Agencies</dt>
            <dd>{card.agencyNames.join(', ')}</dd>
          </div>
        )}
        {card.concerns.length > 0 && (
          <div>
            <dt>Wellbeing</dt>
            <dd>{card.concerns.map((concern) => WELLBEING_LABELS[concern]).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Review</dt>
          <dd>
            {showDate(card.nextReviewDate, 'No date set')}
            {card.review === 'overdue' && <span className="tag tag--error">Overdue</span>}
            {card.review === 'due-soon' && <span className="tag tag--warning">Due soon</span>}
          </dd>
        </div>
        {card.overdueActions > 0 && (
          <div>
            <dt>Actions</dt>
            <dd>
              <span className="tag tag--error">
                {card.overdueActions} overdue {card.overdueActions === 1 ? 'action' : 'actions'}
              </span>
            </dd>
          </div>
        )}
      </dl>
      {card.status !== 'closed' && (
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
            <span aria-hidden="true">⠿ </span>Drag
          </button>
        </div>
      )}
    </article>
  );
});
