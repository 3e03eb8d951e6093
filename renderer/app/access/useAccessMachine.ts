import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import type { Member } from '../../../shared/domain/directory';
import { touchTeam, type PcTeamRow } from '../../db/pcDb';
import type { AccessActions } from './accessContexts';
import {
  accessReducer,
  deriveAccess,
  initialAccess,
  leavesOpenApp,
  type AccessEvent,
  type AccessView,
} from './accessMachine';
import { readUnlocked, rememberUnlocked } from './unlockMemory';
import { useLockTriggers } from './useLockTriggers';
import { useShortcutGuard } from './useShortcutGuard';

interface AccessInputs {
  team: PcTeamRow | null;
  /** Undefined while loading; null when nobody has said who is working. */
  person: Member | null | undefined;
  writerReady: boolean;
  idleMinutes: number;
}

/**
 * Runs the access machine (accessMachine.ts) for the open team, and does what it leaves out: remembering who
 * unlocked this window, giving focus back after a lock, and listening for what locks the screen.
 */
export function useAccessMachine({ team, person, writerReady, idleMinutes }: AccessInputs): {
  view: AccessView;
  actions: AccessActions;
} {
  const [state, dispatch] = useReducer(accessReducer, readUnlocked(), initialAccess);
  const stateRef = useRef(state);
  // Read through a ref so the actions keep their identity when the team's row changes (it does on each sign-in).
  const teamRef = useRef(team);
  useLayoutEffect(() => {
    stateRef.current = state;
    teamRef.current = team;
  });
  const focusBeforeLock = useRef<HTMLElement | null>(null);

  const send = useCallback((event: AccessEvent) => {
    if (leavesOpenApp(stateRef.current, event) && document.activeElement instanceof HTMLElement) {
      focusBeforeLock.current = document.activeElement;
    }
    if (event.type === 'lock' || event.type === 'switch') rememberUnlocked(null);
    dispatch(event);
  }, []);

  const actions = useMemo<AccessActions>(
    () => ({
      lock: () => send({ type: 'lock' }),
      switchPerson: () => send({ type: 'switch' }),
      cancelSwitch: () => send({ type: 'cancel-switch' }),
      signIn: async (personId: string) => {
        const current = teamRef.current;
        if (!current) return;
        if (current.currentPersonId !== personId) {
          await touchTeam(current.id, { currentPersonId: personId });
        }
        const unlocked = { teamId: current.id, personId };
        rememberUnlocked(unlocked);
        send({ type: 'signed-in', unlocked });
      },
    }),
    [send],
  );

  const teamId = team?.id ?? null;
  const view = deriveAccess(state, { teamId, person, writerReady });
  // Remembered while rendering (not in an effect), so the screens never unmount between two renders.
  if (view.signedIn && teamId !== null && state.shownTeamId !== teamId) dispatch({ type: 'shown', teamId });

  // Back to exactly where the person was: the element they were using gets focus again.
  const { covered, shown } = view;
  useEffect(() => {
    if (covered) return;
    const previous = focusBeforeLock.current;
    focusBeforeLock.current = null;
    if (previous?.isConnected) previous.focus();
  }, [covered]);

  useLockTriggers({
    active: shown && !covered,
    idleMinutes,
    lock: actions.lock,
    switchPerson: actions.switchPerson,
  });
  useShortcutGuard(shown && covered);

  return { view, actions };
}
