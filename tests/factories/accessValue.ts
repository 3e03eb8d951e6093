/**
 * The "who is working" part of the team context for component tests: someone is signed in and the app is open.
 * Spread it into a hand-made TeamValue; pass overrides to see the locked or sign-in screens.
 */
import type { TeamValue } from '../../renderer/app/team/TeamProvider';

export type AccessValue = Pick<
  TeamValue,
  'accessScreen' | 'appUnderneath' | 'lock' | 'switchPerson' | 'cancelSwitch' | 'signIn'
>;

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
