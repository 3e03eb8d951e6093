/**
 * Which session actions are still waiting: an open action agreed in one session shows on every later session until
 * someone marks it done or drops it with a reason. Pure: works on plain rows.
 */

export interface SessionOrderKey {
  id: string;
  date: string;
  createdAt: string;
}

export interface SessionActionLike {
  source: 'case' | 'session';
  sessionId: string | null;
  status: 'open' | 'done' | 'dropped';
  deleted: boolean;
}

/** Negative when `a` came before `b`: by date, then by when the session was made, then by id (stable). */
export function compareSessions(a: SessionOrderKey, b: SessionOrderKey): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * Open actions from sessions before `current`, oldest session first: what the facilitator goes through at the
 * start of the meeting. Actions of deleted sessions still count: the work was agreed and is still open.
 */
export function carriedActions<Action extends SessionActionLike>(
  actions: readonly Action[],
  sessions: readonly SessionOrderKey[],
  current: SessionOrderKey,
): Action[] {
  const byId = new Map(sessions.map((session) => [session.id, session]));
  return actions
    .filter((action) => {
      if (action.deleted || action.source !== 'session' || action.status !== 'open') return false;
      if (action.sessionId === null || action.sessionId === current.id) return false;
      const from = byId.get(action.sessionId);
      return from !== undefined && compareSessions(from, current) < 0;
    })
    .sort((a, b) => {
      const from = byId.get(a.sessionId ?? '');
      const to = byId.get(b.sessionId ?? '');
      return from && to ? compareSessions(from, to) : 0;
    });
}

/** The session just before `current`, if any. */
export function previousSession<Session extends SessionOrderKey>(
  sessions: readonly Session[],
  current: SessionOrderKey,
): Session | undefined {
  return [...sessions]
    .filter((session) => compareSessions(session, current) < 0)
    .sort(compareSessions)
    .at(-1);
}
