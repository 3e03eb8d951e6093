import type { BoardIndex } from '../../../shared/board/boardIndex';
import { takeEarlyBoardLoad } from './earlyBoardLoad';
import { readBoard } from './readBoard';
import { useSnapshotPart } from './useSnapshotPart';

/**
 * The board's cards, from the cards part of the board's saved snapshot and the records changed since (decision
 * 0013), so opening the board does not read every case; as they were saved when nothing changed since. The aims and
 * actions text for search comes apart, from `useBoardSearchTexts`. Undefined while loading. The first read may have
 * begun as the team opened (earlyBoardLoad.ts).
 */
export function useBoardIndex(today: string): BoardIndex | undefined {
  return useSnapshotPart('cards', readBoard, today, true, takeEarlyBoardLoad);
}
