/**
 * Everything the command palette can jump to: commands, pages and the team's cases, people, sessions and
 * procedures. Read in four bulk reads while the palette is open (it is mounted only then), so opening it costs
 * one read and typing costs nothing but ranking in memory.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { showDate } from '../../../shared/dates';
import { useTeamDb } from '../../app/team/useTeamDb';
import { commandItems, recordItems, type PaletteItem } from './paletteItems';

/** Commands at once; the team's records join them when read (undefined never blocks the commands). */
export function usePaletteItems(): { items: PaletteItem[]; loading: boolean } {
  const db = useTeamDb();
  const records = useLiveQuery(async () => {
    const [cases, members, sessions, procedures] = await Promise.all([
      db.rows('cases').toArray(),
      db.rows('members').toArray(),
      db.rows('reflectionSessions').toArray(),
      db.rows('procedures').toArray(),
    ]);
    return recordItems({ cases, members, sessions, procedures }, showDate);
  }, [db]);
  const items = useMemo(() => [...commandItems(), ...(records ?? [])], [records]);
  return { items, loading: records === undefined };
}
