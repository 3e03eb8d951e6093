import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../shared/domain/directory';
import { listTeams, type PcTeamRow } from '../../db/pcDb';
import { openTeamDb, type TeamDb } from '../../db/teamDb';
import { makeWriteContext, type WriteContext } from '../../db/writer';
import { useTeamUnlocked } from '../unlock/useTeamUnlocked';

export interface OpenTeamState {
  /** Undefined while the PC's list of teams loads. */
  teams: PcTeamRow[] | undefined;
  team: PcTeamRow | null;
  /** Whether the team's key is held: until then its database is not opened (the unlock screen asks for it). */
  unlocked: boolean;
  db: TeamDb | null;
  /** Undefined while loading; null when nobody has said who is working. */
  person: Member | null | undefined;
  writer: WriteContext | null;
  /** True once `writer` signs as the current person; false while a new person's writer is being made. */
  writerReady: boolean;
}

/** The team to show (the last one opened on this PC, else the first), its database and the person working. */
export function useOpenTeam(lastTeamId: string | null, deviceId: string): OpenTeamState {
  const teams = useLiveQuery(() => listTeams(), []);
  const team = teams?.find((candidate) => candidate.id === lastTeamId) ?? teams?.[0] ?? null;
  const teamId = team?.id ?? null;
  const unlocked = useTeamUnlocked(teamId);
  const db = useMemo(() => (teamId && unlocked ? openTeamDb(teamId) : null), [teamId, unlocked]);
  const personId = team?.currentPersonId ?? null;
  // Each result names the team and person it was read for: until the one asked for now arrives, the person is
  // still loading (undefined), never the "nobody" of an earlier read, which would flash the sign-in list.
  const personKey = `${teamId ?? ''}:${personId ?? ''}`;
  const read = useLiveQuery(async () => {
    const found = db && personId ? ((await db.rows('members').get(personId)) ?? null) : null;
    return { key: personKey, found };
  }, [db, personId, personKey]);
  const person = teams === undefined || read?.key !== personKey ? undefined : read.found;

  // The writer is made asynchronously (it reads the clock); it belongs to one team and person at a time.
  const writerKey = db && person && !person.deleted ? `${db.teamId}:${person.id}:${person.name}` : null;
  const [made, setMade] = useState<{ key: string; writer: WriteContext } | null>(null);
  useEffect(() => {
    if (!writerKey || !db || !person) return;
    let cancelled = false;
    void makeWriteContext(db, deviceId, { id: person.id, name: person.name }).then((writer) => {
      if (!cancelled) setMade({ key: writerKey, writer });
    });
    return () => {
      cancelled = true;
    };
    // The key captures every input that matters; `person` changes identity on every live-query refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the comment above
  }, [writerKey, deviceId]);

  // While another person's writer is being made, the previous one is kept (for this team only) so that screens
  // stay mounted with nothing typed lost; the app is covered until the new writer is ready, so nothing is saved.
  const writer = made && db && made.writer.db === db ? made.writer : null;
  const writerReady = made !== null && made.key === writerKey;
  return { teams, team, unlocked, db, person, writer, writerReady };
}
