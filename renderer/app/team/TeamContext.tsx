import { createContext, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Member } from '../../../shared/domain/directory';
import { touchTeam, type PcTeamRow } from '../../db/pcDb';
import type { TeamDb } from '../../db/teamDb';
import type { WriteContext } from '../../db/writer';
import { useSettings } from '../settings/useSettings';
import { useOpenTeam } from './useOpenTeam';

export interface TeamValue {
  team: PcTeamRow;
  db: TeamDb;
  /** The person working at this PC now, or null until someone says who they are. */
  person: Member | null;
  /** How writes are stamped and signed; null until a person is working. */
  writer: WriteContext | null;
  teams: readonly PcTeamRow[];
  openTeam: (teamId: string) => Promise<void>;
  choosePerson: (personId: string | null) => Promise<void>;
  /** Shows the welcome screen to add another team to this PC. */
  addTeam: () => void;
}

export const TeamContext = createContext<TeamValue | null>(null);

interface TeamProviderProps {
  /** Rendered when this PC holds no team yet, or when the person asked to add one. */
  renderFirstRun: (props: { onOpened: (teamId: string) => void; onCancel?: () => void }) => ReactNode;
  /** Rendered when a team is open but nobody has said who is working. */
  renderChoosePerson: () => ReactNode;
  children: ReactNode;
  fallback: ReactNode;
}

/** Opens the team this PC last used (or the one the person picks) and knows who is working. */
export function TeamProvider({ renderFirstRun, renderChoosePerson, children, fallback }: TeamProviderProps) {
  const { settings, update } = useSettings();
  const { teams, team, db, person, writer } = useOpenTeam(settings.lastTeamId, settings.deviceId);
  const [adding, setAdding] = useState(false);

  const openTeam = useCallback(
    async (teamId: string) => {
      await touchTeam(teamId);
      await update({ lastTeamId: teamId });
      setAdding(false);
    },
    [update],
  );

  const choosePerson = useCallback(
    async (id: string | null) => {
      if (team) await touchTeam(team.id, { currentPersonId: id });
    },
    [team],
  );

  const value = useMemo<TeamValue | null>(
    () =>
      team && db
        ? {
            team,
            db,
            person: person ?? null,
            writer,
            teams: teams ?? [],
            openTeam,
            choosePerson,
            addTeam: () => setAdding(true),
          }
        : null,
    [team, db, person, writer, teams, openTeam, choosePerson],
  );

  if (teams === undefined) return <>{fallback}</>;
  if (!value || adding) {
    return (
      <>
        {renderFirstRun({
          onOpened: (teamId) => void openTeam(teamId),
          ...(value ? { onCancel: () => setAdding(false) } : {}),
        })}
      </>
    );
  }
  if (person === undefined) return <>{fallback}</>;
  const working = person !== null && !person.deleted;
  // The writer is made just after the person is known; wait for it so no screen can try to save without one.
  if (working && !writer) return <>{fallback}</>;
  return (
    <TeamContext.Provider value={value}>{working ? children : renderChoosePerson()}</TeamContext.Provider>
  );
}
