import { createContext, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Member } from '../../../shared/domain/directory';
import { touchTeam, type PcTeamRow } from '../../db/pcDb';
import type { TeamDb } from '../../db/teamDb';
import type { WriteContext } from '../../db/writer';
import { readUnlocked, rememberUnlocked, type Unlocked } from '../access/unlockMemory';
import { useLockTriggers } from '../access/useLockTriggers';
import { useShortcutGuard } from '../access/useShortcutGuard';
import { useSettings } from '../settings/useSettings';
import { useOpenTeam } from './useOpenTeam';

/**
 * What covers the app: nothing ('open'), the lock screen of the person signed in, the list to sign in as someone,
 * or a moment's wait while the person who just signed in is made the one working.
 */
export type AccessScreen = 'open' | 'locked' | 'choose' | 'opening';

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
  /** What covers the app now ('open' when nothing does). */
  accessScreen: AccessScreen;
  /** True when the team's screens are open underneath the sign-in or lock screen (someone was working). */
  appUnderneath: boolean;
  /** Locks at once: the app stays open underneath, hidden, until the person's PIN is entered. */
  lock: () => void;
  /** Shows the list of people so someone else can sign in; the app stays open underneath, hidden. */
  switchPerson: () => void;
  /** Back from the list to the lock screen of the person who was signed in. */
  cancelSwitch: () => void;
  /** Called once a person's PIN was right: they become the person working, and the app opens. */
  signIn: (personId: string) => Promise<void>;
}

export const TeamContext = createContext<TeamValue | null>(null);

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
  const [unlocked, setUnlocked] = useState<Unlocked | null>(readUnlocked);
  const [screen, setScreen] = useState<AccessScreen>('open');
  // The team whose screens have been shown in this window: from then on they stay mounted (hidden while locked).
  const [shownTeamId, setShownTeamId] = useState<string | null>(null);
  const focusBeforeLock = useRef<HTMLElement | null>(null);

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

  const lock = useCallback(() => {
    rememberUnlocked(null);
    setUnlocked(null);
    setScreen((current) => {
      if (current === 'open' && document.activeElement instanceof HTMLElement) {
        focusBeforeLock.current = document.activeElement;
      }
      return current === 'choose' ? current : 'locked';
    });
  }, []);

  const switchPerson = useCallback(() => {
    rememberUnlocked(null);
    setUnlocked(null);
    setScreen((current) => {
      if (current === 'open' && document.activeElement instanceof HTMLElement) {
        focusBeforeLock.current = document.activeElement;
      }
      return 'choose';
    });
  }, []);

  const cancelSwitch = useCallback(() => setScreen('locked'), []);

  const signIn = useCallback(
    async (personId: string) => {
      if (!team) return;
      if (team.currentPersonId !== personId) await touchTeam(team.id, { currentPersonId: personId });
      const next = { teamId: team.id, personId };
      rememberUnlocked(next);
      setUnlocked(next);
      setScreen('open');
    },
    [team],
  );

  const working = person != null && !person.deleted;
  const signedIn =
    working &&
    team !== null &&
    unlocked?.teamId === team.id &&
    unlocked.personId === person.id &&
    writerReady &&
    writer !== null;
  const teamId = team?.id ?? null;
  const shown = teamId !== null && (shownTeamId === teamId || signedIn);
  const covered = !(signedIn && screen === 'open');

  // Remembered while rendering (not in an effect), so the screens never unmount between two renders.
  if (signedIn && teamId && shownTeamId !== teamId) setShownTeamId(teamId);

  // Back to exactly where the person was: the element they were using gets focus again.
  useEffect(() => {
    if (covered) return;
    const previous = focusBeforeLock.current;
    focusBeforeLock.current = null;
    if (previous?.isConnected) previous.focus();
  }, [covered]);

  useLockTriggers({ active: shown && !covered, idleMinutes: settings.idleLockMinutes, lock, switchPerson });
  useShortcutGuard(shown && covered);

  let accessScreen: AccessScreen;
  if (signedIn) accessScreen = screen;
  else if (screen === 'choose' || !working) accessScreen = 'choose';
  else if (unlocked?.teamId === teamId && screen === 'open') accessScreen = 'opening';
  else accessScreen = 'locked';

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
            accessScreen,
            appUnderneath: shown,
            lock,
            switchPerson,
            cancelSwitch,
            signIn,
          }
        : null,
    [
      team,
      db,
      person,
      writer,
      teams,
      openTeam,
      choosePerson,
      accessScreen,
      shown,
      lock,
      switchPerson,
      cancelSwitch,
      signIn,
    ],
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
  if (person === undefined && !shown) return <>{fallback}</>;
  if (!shown) {
    // Nobody has signed in to this team in this window yet: the team's screens are not even made.
    return <TeamContext.Provider value={value}>{renderChoosePerson()}</TeamContext.Provider>;
  }
  return (
    <TeamContext.Provider value={value}>
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
    </TeamContext.Provider>
  );
}
