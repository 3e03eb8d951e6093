/**
 * Who may see the team's screens in this window, as a pure state machine: signing in, locking, switching person
 * and coming back. No React, storage or focus here (useAccessMachine.ts does those), so every path can be checked
 * with plain function calls. Decision 0010 says why a lock hides the app rather than closing it.
 */
import type { Unlocked } from './unlockMemory';

/**
 * What covers the app: nothing ('open'), the lock screen of the person signed in, the list to sign in as someone,
 * or a moment's wait while the person who just signed in is made the one working.
 */
export type AccessScreen = 'open' | 'locked' | 'choose' | 'opening';

export interface AccessState {
  /** The screen asked for; what shows also depends on who is working (see `deriveAccess`). */
  screen: 'open' | 'locked' | 'choose';
  /** Who entered their PIN in this window, until the next lock or switch. */
  unlocked: Unlocked | null;
  /** The team whose screens have been shown in this window: from then on they stay mounted, hidden while locked. */
  shownTeamId: string | null;
}

export type AccessEvent =
  /** The Lock button, Ctrl+L, the quiet time running out, or the PC locking. */
  | { type: 'lock' }
  /** "Switch person": the list of people, over the hidden app. */
  | { type: 'switch' }
  /** Back from that list to the lock screen of the person who was working. */
  | { type: 'cancel-switch' }
  /** A person's PIN was right. */
  | { type: 'signed-in'; unlocked: Unlocked }
  /** The team's screens were shown for the first time in this window. */
  | { type: 'shown'; teamId: string };

export function initialAccess(unlocked: Unlocked | null): AccessState {
  return { screen: 'open', unlocked, shownTeamId: null };
}

export function accessReducer(state: AccessState, event: AccessEvent): AccessState {
  switch (event.type) {
    case 'lock':
      // Locking while the list of people is showing leaves the list: someone is choosing who they are.
      return { ...state, unlocked: null, screen: state.screen === 'choose' ? 'choose' : 'locked' };
    case 'switch':
      return { ...state, unlocked: null, screen: 'choose' };
    case 'cancel-switch':
      return { ...state, screen: 'locked' };
    case 'signed-in':
      return { ...state, unlocked: event.unlocked, screen: 'open' };
    case 'shown':
      return state.shownTeamId === event.teamId ? state : { ...state, shownTeamId: event.teamId };
  }
}

/** What the machine is told about the open team: it does not read the database itself. */
export interface AccessFacts {
  teamId: string | null;
  /** The person last signed in to the team on this PC: undefined while loading, null when nobody is. */
  person: { id: string; deleted: boolean } | null | undefined;
  /** True once changes would be signed with that person's name. */
  writerReady: boolean;
}

export interface AccessView {
  accessScreen: AccessScreen;
  /** Someone entered their PIN and may work: the app is theirs unless a lock or switch covers it. */
  signedIn: boolean;
  /** The team's screens are mounted (shown now, or hidden underneath a lock). */
  shown: boolean;
  /** Something covers the team's screens. */
  covered: boolean;
}

export function deriveAccess(state: AccessState, facts: AccessFacts): AccessView {
  const { teamId, person } = facts;
  const working = person != null && !person.deleted;
  const { unlocked } = state;
  const signedIn =
    working &&
    teamId !== null &&
    unlocked?.teamId === teamId &&
    unlocked.personId === person.id &&
    facts.writerReady;
  const shown = teamId !== null && (state.shownTeamId === teamId || signedIn);
  const covered = !(signedIn && state.screen === 'open');
  let accessScreen: AccessScreen;
  if (signedIn) accessScreen = state.screen;
  else if (state.screen === 'choose' || !working) accessScreen = 'choose';
  else if (unlocked?.teamId === teamId && state.screen === 'open') accessScreen = 'opening';
  else accessScreen = 'locked';
  return { accessScreen, signedIn, shown, covered };
}

/** A lock or switch from the open app remembers where the person was, to give them focus back there. */
export function leavesOpenApp(state: AccessState, event: AccessEvent): boolean {
  return (event.type === 'lock' || event.type === 'switch') && state.screen === 'open';
}
