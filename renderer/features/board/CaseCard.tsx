import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BoardCard } from '../../../shared/board/boardIndex';
import { buildCardContent, fillCardContent, type CardContent } from './cardContent';
import { CardControls } from './CardControls';
import type { StageChoice } from './MoveMenu';
import './caseCard.css';

interface CaseCardProps {
  card: BoardCard;
  /** Unique on the page: a case shows once per swimlane it belongs to. */
  dragId: string;
  stages: readonly StageChoice[];
  changed: boolean;
  /** The stage a case in a retired stage is in, named on the card. */
  retiredStage?: string | undefined;
  onMove: (card: BoardCard, toColumnId: string) => void;
  /** Focus is in this card's stage: its cards show their controls to the Tab key. */
  withControls: boolean;
  /** Take focus once shown (after a move, so keyboard users stay with the case). */
  focusNow?: boolean;
  onFocused?: () => void;
}

/**
 * One case on the board, compact (decision 0024): the reference and name, the lead, the next review and the overdue
 * marks, in words as well as colour. The agencies and concerns are on the case page and in the case list.
 *
 * What the card says is written into its elements directly (cardContent.ts). Its controls are made only while a
 * person is at the card, by pointer or keyboard (focus in its stage), and kept while it is dragged: as a person types
 * a search the board then changes sixty cards' texts, and builds no menu or drag handle for any of them.
 */
export const CaseCard = memo(function CaseCard({
  card,
  dragId,
  stages,
  changed,
  retiredStage,
  onMove,
  withControls,
  focusNow = false,
  onFocused,
}: CaseCardProps) {
  const cardRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const content = useRef<CardContent | null>(null);
  // The case the pointer last came over in this card: a place on a stage shows another case as a person types.
  const [pointedAt, setPointedAt] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  useLayoutEffect(() => {
    const into = contentRef.current;
    if (!into) return;
    content.current ??= buildCardContent(into);
    fillCardContent(content.current, card, changed, retiredStage);
  }, [card, changed, retiredStage]);

  useEffect(() => {
    if (!focusNow) return;
    const frame = requestAnimationFrame(() => {
      content.current?.link.focus();
      onFocused?.();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusNow, onFocused]);

  // Made once: React never looks inside it again, the layout effect above writes it.
  const contentHolder = useMemo(() => <div ref={contentRef} className="case-card__content" />, []);
  const controls = card.status !== 'closed' && (withControls || dragging || pointedAt === card.id);
  return (
    <article
      ref={cardRef}
      className={`case-card${dragging ? ' case-card--dragging' : ''}${card.status === 'closed' ? ' case-card--closed' : ''}`}
      data-case-card={card.id}
      // Over, not enter: a person typing a search with the pointer resting on a card sees another case come into
      // it, and moving the pointer within the card shows that case's controls.
      onPointerOver={() => setPointedAt(card.id)}
    >
      {contentHolder}
      {controls && (
        <CardControls
          card={card}
          dragId={dragId}
          stages={stages}
          onMove={onMove}
          cardRef={cardRef}
          onDragging={setDragging}
        />
      )}
    </article>
  );
});
