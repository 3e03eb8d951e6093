import { useMemo } from 'react';
import { buildSearchTexts } from '../../../shared/board/boardIndex';
import { SEARCH_PART } from '../../../shared/board/searchSource';
import { readRows } from './partReading';
import { useSnapshotPart } from './useSnapshotPart';

const READ_SEARCH = readRows(SEARCH_PART);

/**
 * The lower-case aims and actions text of every case, for the board's search, from the search part of the board's
 * saved snapshot (decision 0013). Read only once `ready` (after the cards are on screen): the cards do not show
 * it. Undefined until read.
 */
export function useBoardSearchTexts(ready: boolean, today: string): ReadonlyMap<string, string> | undefined {
  const source = useSnapshotPart('search', READ_SEARCH, today, ready);
  return useMemo(
    () => (source ? buildSearchTexts(source.aims, source.actions, source.caseReferences) : undefined),
    [source],
  );
}
