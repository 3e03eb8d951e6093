/**
 * Keyboard dragging that jumps from stage to stage: the arrow keys move a picked-up case to the nearest stage in
 * that direction, instead of nudging it a few pixels at a time (dnd-kit's default).
 */
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

const DIRECTIONS: readonly string[] = [
  KeyboardCode.Right,
  KeyboardCode.Left,
  KeyboardCode.Down,
  KeyboardCode.Up,
];

export const stageKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  if (!DIRECTIONS.includes(event.code)) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const from = {
    x: collisionRect.left + collisionRect.width / 2,
    y: collisionRect.top + collisionRect.height / 2,
  };
  let best: { x: number; y: number; score: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const centre = { x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 80) };
    const dx = centre.x - from.x;
    const dy = centre.y - from.y;
    const ahead =
      (event.code === KeyboardCode.Right && dx > 1) ||
      (event.code === KeyboardCode.Left && dx < -1) ||
      (event.code === KeyboardCode.Down && dy > 1) ||
      (event.code === KeyboardCode.Up && dy < -1);
    if (!ahead) continue;
    // Prefer stages in the same swimlane row (left/right) or the same stage in the next lane (up/down).
    const horizontal = event.code === KeyboardCode.Right || event.code === KeyboardCode.Left;
    const score = horizontal ? Math.abs(dx) + 4 * Math.abs(dy) : Math.abs(dy) + 4 * Math.abs(dx);
    if (best === null || score < best.score) {
      best = { x: rect.left + (rect.width - collisionRect.width) / 2, y: rect.top + 48, score };
    }
  }
  return best ? { x: best.x, y: best.y } : undefined;
};
