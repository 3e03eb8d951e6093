/**
 * The open team, split by how often each part changes, so that a screen re-renders only for what it uses: the
 * database (once per team), the team and the PC's list of teams, the person working (their record, live), and the
 * writer that signs their changes (once per person). Who may see the screens is in ../access/accessContexts.ts.
 */
import { createContext } from 'react';
import type { Member } from '../../../shared/domain/directory';
import type { PcTeamRow } from '../../db/pcDb';
import type { TeamDb } from '../../db/teamDb';
import type { WriteContext } from '../../db/writer';

export interface TeamValue {
  team: PcTeamRow;
  teams: readonly PcTeamRow[];
  openTeam: (teamId: string) => Promise<void>;
  /** Shows the welcome screen to add another team to this PC. */
  addTeam: () => void;
}

export const TeamContext = createContext<TeamValue | null>(null);
export const TeamDbContext = createContext<TeamDb | null>(null);
/** The person working at this PC now, or null until someone says who they are. */
export const PersonContext = createContext<Member | null>(null);
/** How writes are stamped and signed; null until a person is working. */
export const WriterContext = createContext<WriteContext | null>(null);
