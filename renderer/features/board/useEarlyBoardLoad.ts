import { useEffect } from 'react';
import { todayIso } from '../../../shared/dates';
import { parseHash } from '../../app/router/hashRoute';
import { DEFAULT_SECTION } from '../../app/sections';
import type { TeamDb } from '../../db/teamDb';
import { loadBoardEarly } from './earlyBoardLoad';

/**
 * Once the team's records are open, begins reading the board (earlyBoardLoad.ts) if the board is the page being
 * opened: its own address, or none, which opens on the board.
 */
export function useEarlyBoardLoad(db: TeamDb | null): void {
  useEffect(() => {
    if (!db) return;
    const [section, ...rest] = parseHash(window.location.hash);
    if ((section ?? DEFAULT_SECTION) === 'board' && rest.length === 0) void loadBoardEarly(db, todayIso());
  }, [db]);
}
