import { describe, expect, it } from 'vitest';
import {
  accessReducer,
  deriveAccess,
  initialAccess,
  leavesOpenApp,
  type AccessEvent,
  type AccessFacts,
  type AccessState,
} from './accessMachine';

const SAM = { teamId: 'team-1', personId: 'sam' };
const working: AccessFacts = { teamId: 'team-1', person: { id: 'sam', deleted: false }, writerReady: true };

function run(state: AccessState, ...events: AccessEvent[]): AccessState {
  return events.reduce(accessReducer, state);
}

/** Signed in, with the team's screens shown once, as after a PIN in this window. */
function signedIn(): AccessState {
  return run(initialAccess(null), { type: 'signed-in', unlocked: SAM }, { type: 'shown', teamId: 'team-1' });
}

describe('who may see the team’s screens', () => {
  it('opens the app to the person who entered their PIN in this window', () => {
    expect(deriveAccess(signedIn(), working)).toEqual({
      accessScreen: 'open',
      signedIn: true,
      shown: true,
      covered: false,
    });
  });

  it('asks who is working when nobody has said, and makes none of the team’s screens', () => {
    const view = deriveAccess(initialAccess(null), { ...working, person: null });
    expect(view).toMatchObject({ accessScreen: 'choose', shown: false, covered: true });
  });

  it('asks for the last person’s PIN on a fresh start of the app', () => {
    expect(deriveAccess(initialAccess(null), working)).toMatchObject({
      accessScreen: 'locked',
      shown: false,
    });
  });

  it('waits a moment, rather than asking again, while a person who just entered their PIN is made the one working', () => {
    const state = initialAccess(SAM);
    expect(deriveAccess(state, { ...working, writerReady: false }).accessScreen).toBe('opening');
    expect(deriveAccess(state, working).accessScreen).toBe('open');
  });

  it('locks over the app, keeping its screens mounted underneath, and forgets who unlocked it', () => {
    const locked = run(signedIn(), { type: 'lock' });
    expect(locked.unlocked).toBeNull();
    expect(deriveAccess(locked, working)).toMatchObject({
      accessScreen: 'locked',
      shown: true,
      covered: true,
    });
  });

  it('keeps the list of people up when the screen locks while someone is choosing who they are', () => {
    const choosing = run(signedIn(), { type: 'switch' }, { type: 'lock' });
    expect(deriveAccess(choosing, working).accessScreen).toBe('choose');
  });

  it('goes from “switch person” back to the lock screen, not into the app', () => {
    const back = run(signedIn(), { type: 'switch' }, { type: 'cancel-switch' });
    expect(deriveAccess(back, working)).toMatchObject({ accessScreen: 'locked', covered: true });
  });

  it('opens the app to the next person who signs in after a switch, with the screens as they were', () => {
    const next = run(
      signedIn(),
      { type: 'switch' },
      { type: 'signed-in', unlocked: { teamId: 'team-1', personId: 'ali' } },
    );
    const ali: AccessFacts = { ...working, person: { id: 'ali', deleted: false } };
    expect(deriveAccess(next, ali)).toMatchObject({ accessScreen: 'open', shown: true });
    // Until the app knows Ali is the one working, a moment's wait covers Sam's screens.
    expect(deriveAccess(next, working)).toMatchObject({ accessScreen: 'opening', covered: true });
  });

  it('asks who is working when the person signed in was removed from the directory', () => {
    const removed: AccessFacts = { ...working, person: { id: 'sam', deleted: true } };
    expect(deriveAccess(signedIn(), removed)).toMatchObject({ accessScreen: 'choose', covered: true });
  });

  it('does not show one team’s screens for another team opened in the same window', () => {
    const otherTeam: AccessFacts = { ...working, teamId: 'team-2' };
    expect(deriveAccess(signedIn(), otherTeam)).toMatchObject({ shown: false, covered: true });
  });

  it('remembers where the person was only when a lock or switch leaves the open app', () => {
    expect(leavesOpenApp(signedIn(), { type: 'lock' })).toBe(true);
    expect(leavesOpenApp(signedIn(), { type: 'switch' })).toBe(true);
    expect(leavesOpenApp(run(signedIn(), { type: 'lock' }), { type: 'switch' })).toBe(false);
    expect(leavesOpenApp(signedIn(), { type: 'cancel-switch' })).toBe(false);
  });
});
