import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { touchTeam } from '../../db/pcDb';
import { useEarlyBoardLoad } from '../../features/board/useEarlyBoardLoad';
import type { AccessValue } from '../access/accessContexts';
import { DraftsFor } from '../drafts/DraftsFor';
import { useUnsavedKeptHours } from '../drafts/useUnsavedKeptHours';
import { useAccessMachine } from '../access/useAccessMachine';
import { useSettings } from '../settings/useSettings';
import type { UnlockTeamProps } from '../unlock/UnlockTeam';
import { useKeysLockedAway } from '../unlock/useKeysLockedAway';
import { TeamContexts, type TeamContextValues } from './TeamContexts';
import type { TeamValue } from './teamContexts';
import { useOpenTeam } from './useOpenTeam';

interface TeamProviderProps {
  /** Rendered when this PC holds no team yet, or when the person asked to add one. */
  renderFirstRun: (props: { onOpened: (teamId: string) => void; onCancel?: () => void }) => ReactNode;
  /** Rendered when the team's records are still locked on this PC: the team passphrase opens them. */
  renderUnlock: (props: UnlockTeamProps) => ReactNode;
  /** Rendered when nobody has signed in yet, and over the hidden app while it is locked. */
  renderChoosePerson: () => ReactNode;
  children: ReactNode;
  fallback: ReactNode;
}

/** Opens the team this PC last used (or the one the person picks) and knows who is working. */
export function TeamProvider({
  renderFirstRun,
  renderUnlock,
  renderChoosePerson,
  children,
  fallback,
}: TeamProviderProps) {
  const { settings, update } = useSettings();
  const { teams, team, unlocked, db, person, writer, writerReady } = useOpenTeam(
    settings.lastTeamId,
    settings.deviceId,
  );
  useEarlyBoardLoad(db);
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
  // The screens are made afresh for each person, so nothing one person typed is shown to the next (decision 0021).
  // While the next person's record loads, the last one's screens stay as they are rather than being made twice.
  const [screensFor, setScreensFor] = useState<string | null>(null);
  const personId = person === undefined ? screensFor : (person?.id ?? null);
  if (personId !== screensFor) setScreensFor(personId);
  const keptHours = useUnsavedKeptHours(db, team?.id ?? '');
  const { accessScreen, shown, covered } = view;
  useKeysLockedAway(team?.id ?? null, covered);
  const access = useMemo<AccessValue>(() => ({ accessScreen, appUnderneath: shown }), [accessScreen, shown]);
  const values = useMemo<TeamContextValues | null>(
    () => (teamValue && db ? { team: teamValue, db, person: person ?? null, writer, access, actions } : null),
    [teamValue, db, person, writer, access, actions],
  );

  if (teams === undefined) return <>{fallback}</>;
  // The team passphrase comes before anyone signs in: nothing of the team is read until its records are open.
  if (team && !unlocked && !adding) {
    return (
      <>
        {renderUnlock({
          team,
          teams,
          onOpenTeam: (teamId) => void openTeam(teamId),
          onAddTeam: addTeam,
        })}
      </>
    );
  }
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
        <DraftsFor
          key={personId ?? 'nobody'}
          teamId={values.team.team.id}
          personId={personId}
          keptHours={keptHours}
        >
          {children}
        </DraftsFor>
      </div>
      {covered && renderChoosePerson()}
    </TeamContexts>
  );
}
