import { describe, expect, it } from 'vitest';
import { carriedActions, compareSessions, previousSession } from './carryForward';

const march = { id: 's1', date: '2026-03-01', createdAt: '2026-02-20T10:00:00.000Z' };
const april = { id: 's2', date: '2026-04-01', createdAt: '2026-03-20T10:00:00.000Z' };
const aprilLater = { id: 's3', date: '2026-04-01', createdAt: '2026-03-21T10:00:00.000Z' };
const sessions = [april, march, aprilLater];

function action(sessionId: string, status: 'open' | 'done' | 'dropped' = 'open', text = sessionId) {
  return { source: 'session' as const, sessionId, status, deleted: false, text };
}

describe('carrying actions forward', () => {
  it('shows open actions from every earlier session, oldest first', () => {
    const carried = carriedActions(
      [action('s2', 'open', 'b'), action('s1', 'open', 'a')],
      sessions,
      aprilLater,
    );
    expect(carried.map((row) => row.text)).toEqual(['a', 'b']);
  });

  it('leaves out done and dropped actions, the session’s own actions and later sessions’ actions', () => {
    const actions = [action('s1', 'done'), action('s1', 'dropped'), action('s2'), action('s3')];
    expect(carriedActions(actions, sessions, april)).toEqual([]);
  });

  it('keeps an open action on every later session until it is closed', () => {
    const open = action('s1');
    expect(carriedActions([open], sessions, april)).toHaveLength(1);
    expect(carriedActions([open], sessions, aprilLater)).toHaveLength(1);
    expect(carriedActions([{ ...open, status: 'done' as const }], sessions, aprilLater)).toHaveLength(0);
  });

  it('ignores case actions and deleted actions', () => {
    const caseAction = { source: 'case' as const, sessionId: null, status: 'open' as const, deleted: false };
    expect(carriedActions([caseAction, { ...action('s1'), deleted: true }], sessions, april)).toEqual([]);
  });

  it('orders two sessions on the same day by when they were made', () => {
    expect(compareSessions(april, aprilLater)).toBeLessThan(0);
    expect(previousSession(sessions, aprilLater)?.id).toBe('s2');
    expect(previousSession(sessions, march)).toBeUndefined();
  });
});
