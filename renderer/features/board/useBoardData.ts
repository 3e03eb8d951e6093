import type { BoardData } from '../../../shared/board/boardIndex';
import { CARDS_PART } from '../../../shared/board/boardSource';
import { takeEarlyBoardLoad } from './earlyBoardLoad';
import { useSnapshotPart } from './useSnapshotPart';

/**
 * What the board's cards show, from the cards part of the board's saved snapshot and the records changed since
 * (decision 0013), so opening the board does not read every case. The aims and actions text for search comes
 * apart, from `useBoardSearchTexts`. Undefined while loading. The first load may have begun as the team opened
 * (earlyBoardLoad.ts).
 */
export function useBoardData(today: string): BoardData | undefined {
  return useSnapshotPart(CARDS_PART, today, true, takeEarlyBoardLoad);
}
