import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { touchTeam } from '../../db/pcDb';
import type { AccessValue } from '../access/accessContexts';
import { useAccessMachine } from '../access/useAccessMachine';
import { useSettings } from '../settings/useSettings';
import { TeamContexts, type TeamContextValues } from './TeamContexts';
import type { TeamValue } from './teamContexts';
import { useOpenTeam } from './useOpenTeam';

interface TeamProviderProps {
  /** Rendered when this PC holds no team yet, or when the person asked to add one. */
  renderFirstRun: (props: { onOpened: (teamId: string) => void; onCancel?: () => void }) => ReactNode;
  /** Rendered when nobody has signed in yet, and over the hidden app while it is locked. */
  renderChoosePerson: () => ReactNode;
  children: ReactNode;
  fallback: ReactNode;
}

/** Opens the team this PC last used (or the one the person picks) and knows who is working. */
export function TeamProvider({ renderFirstRun, renderChoosePerson, children, fallback }: TeamProviderProps) {
  const { settings, update } = useSettings();
  const { teams, team, db, person, writer, writerReady } = useOpenTeam(
    settings.lastTeamId,
    settings.deviceId,
  );
  const [adding, setAdding] = useState(false);
  const { view, actions } = useAccessMachine({
    team,
    person,
    writerReady,
    idleMinutes: settings.idleLockMinutes,
  });

  const openTeam = useCallback(
    async (teamId: string) => {
      await touchTeam(teamId);
      await update({ lastTeamId: teamId });
      setAdding(false);
    },
    [update],
  );
  const addTeam = useCallback(() => setAdding(true), []);
  const teamValue = useMemo<TeamValue | null>(
    () => (team ? { team, teams: teams ?? [], openTeam, addTeam } : null),
    [team, teams, openTeam, addTeam],
  );
  const { accessScreen, shown, covered } = view;
  const access = useMemo<AccessValue>(() => ({ accessScreen, appUnderneath: shown }), [accessScreen, shown]);
  const values = useMemo<TeamContextValues | null>(
    () => (teamValue && db ? { team: teamValue, db, person: person ?? null, writer, access, actions } : null),
    [teamValue, db, person, writer, access, actions],
  );

  if (teams === undefined) return <>{fallback}</>;
  if (!values || adding) {
    return (
      <>
        {renderFirstRun({
          onOpened: (teamId) => void openTeam(teamId),
          ...(values ? { onCancel: () => setAdding(false) } : {}),
        })}
      </>
    );
  }
  if (person === undefined && !shown) return <>{fallback}</>;
  if (!shown) {
    // Nobody has signed in to this team in this window yet: the team's screens are not even made.
    return <TeamContexts values={values}>{renderChoosePerson()}</TeamContexts>;
  }
  return (
    <TeamContexts values={values}>
      {/* Kept mounted while locked so nothing typed is lost, but hidden from sight, the keyboard and screen readers. */}
      <div
        className="access-content"
        inert={covered}
        aria-hidden={covered || undefined}
        data-covered={covered}
      >
        {children}
      </div>
      {covered && renderChoosePerson()}
    </TeamContexts>
  );
}
