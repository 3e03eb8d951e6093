/**
 * The "who is working" part of the team context for component tests: someone is signed in and the app is open.
 * Spread it into a hand-made TeamValue; pass overrides to see the locked or sign-in screens.
 */
import type { AccessActions, AccessValue as AccessState } from '../../renderer/app/access/accessContexts';

export type AccessValue = AccessState & AccessActions;

export function signedInAccess(overrides: Partial<AccessValue> = {}): AccessValue {
  return {
    accessScreen: 'open',
    appUnderneath: true,
    lock: () => undefined,
    switchPerson: () => undefined,
    cancelSwitch: () => undefined,
    signIn: async () => undefined,
    ...overrides,
  };
}
