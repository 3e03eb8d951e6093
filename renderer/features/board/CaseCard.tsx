import { memo, useEffect, useRef } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { format, isValid, parseISO } from 'date-fns';
import type { BoardCard } from '../../../shared/board/boardIndex';
import { showDate } from '../../../shared/dates';
import { hrefFor } from '../../app/router/hashRoute';
import { MoveMenu, type StageChoice } from './MoveMenu';
import './caseCard.css';

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

/**
 * "12 Jan 27": a card is narrow, and the review and its mark must share a line. The full date is on the case page
 * and in the case list, and screen readers hear it in full.
 */
function ShortDate({ date }: { date: string | null }) {
  if (date === null) return <>not set</>;
  const forms = dateForms(date);
  if (!forms) return <>{date}</>;
  return (
    <time dateTime={date}>
      <span aria-hidden="true">{forms.short}</span>
      <span className="visually-hidden">{forms.full}</span>
    </time>
  );
}

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

/**
 * One case on the board, compact (decision 0024): the reference and name, the lead, the next review and the overdue
 * marks, in words as well as colour. The agencies and concerns are on the case page and in the case list.
 */
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
      <p className="case-card__line">
        <span className="visually-hidden">Lead professional: </span>
        {card.leadName || 'No lead yet'}
      </p>
      <p className="case-card__line case-card__marks">
        {card.review === 'overdue' || card.review === 'due-soon' ? (
          <span className={`tag ${card.review === 'overdue' ? 'tag--error' : 'tag--warning'}`}>
            <span className="visually-hidden">Review </span>
            {card.review === 'overdue' ? 'Overdue' : 'Due soon'} <ShortDate date={card.nextReviewDate} />
          </span>
        ) : (
          <span>
            Review <ShortDate date={card.nextReviewDate} />
          </span>
        )}
        {card.overdueActions > 0 && (
          <span className="tag tag--error">
            {card.overdueActions} overdue {card.overdueActions === 1 ? 'action' : 'actions'}
          </span>
        )}
        {changed && (
          <span className="tag tag--changed">
            <span aria-hidden="true">● </span>Changed
            <span className="visually-hidden"> since you last looked</span>
          </span>
        )}
        {card.status === 'closed' && <span className="tag">Closed</span>}
        {retiredStage && <span className="tag">Stage: {retiredStage} (retired)</span>}
      </p>
      {card.status !== 'closed' && (
        // Shown over the card while it has focus or the pointer, so the board shows eight or more cards a stage.
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
      )}
    </article>
  );
});
