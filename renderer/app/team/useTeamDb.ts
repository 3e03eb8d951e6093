import { useContext } from 'react';
import type { TeamDb } from '../../db/teamDb';
import { TeamDbContext } from './teamContexts';

/** The open team's database: the same object for as long as the team is open, whoever is working or locked. */
export function useTeamDb(): TeamDb {
  const db = useContext(TeamDbContext);
  if (!db) throw new Error('useTeamDb is used outside TeamProvider.');
  return db;
}
