/**
 * Reordering stages with fractional positions: a stage moves between its neighbours with one write to its own
 * position, so two people reordering different stages on different PCs merge without clashing.
 */
import type { BoardColumn } from '../domain/team';

/** A position strictly between two others (either end may be open). */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after ?? 0) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** The position after every stage, for a new one. */
export function positionAtEnd(columns: readonly Pick<BoardColumn, 'position'>[]): number {
  return positionBetween(
    columns.reduce<number | undefined>(
      (max, c) => (max === undefined || c.position > max ? c.position : max),
      undefined,
    ),
    undefined,
  );
}

/**
 * The new position that moves a stage one place up (earlier) or down (later) among the given ordered stages,
 * or null when it is already at that end.
 */
export function positionForMove(
  ordered: readonly Pick<BoardColumn, 'id' | 'position'>[],
  id: string,
  direction: 'up' | 'down',
): number | null {
  const index = ordered.findIndex((column) => column.id === id);
  if (index < 0) return null;
  if (direction === 'up') {
    if (index === 0) return null;
    return positionBetween(ordered[index - 2]?.position, ordered[index - 1]?.position);
  }
  if (index === ordered.length - 1) return null;
  return positionBetween(ordered[index + 1]?.position, ordered[index + 2]?.position);
}
