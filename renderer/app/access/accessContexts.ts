/**
 * Two small contexts for who may see the team's screens: what covers the app now, and the actions that change it.
 * Apart, so that a lock re-renders only what shows the lock, never every screen that merely can lock.
 */
import { createContext } from 'react';
import type { AccessScreen } from './accessMachine';

export interface AccessValue {
  /** What covers the app now ('open' when nothing does). */
  accessScreen: AccessScreen;
  /** True when the team's screens are open underneath the sign-in or lock screen (someone was working). */
  appUnderneath: boolean;
}

/** Each keeps its identity for as long as the team is open. */
export interface AccessActions {
  /** Locks at once: the app stays open underneath, hidden, until the person's PIN is entered. */
  lock: () => void;
  /** Shows the list of people so someone else can sign in; the app stays open underneath, hidden. */
  switchPerson: () => void;
  /** Back from the list to the lock screen of the person who was signed in. */
  cancelSwitch: () => void;
  /** Called once a person's PIN was right: they become the person working, and the app opens. */
  signIn: (personId: string) => Promise<void>;
}

export const AccessContext = createContext<AccessValue | null>(null);
export const AccessActionsContext = createContext<AccessActions | null>(null);
