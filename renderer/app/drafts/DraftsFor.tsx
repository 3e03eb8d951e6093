import { useEffect, useMemo, type ReactNode } from 'react';
import { DraftScopeContext, type DraftScopeValue } from './draftContext';
import { forgetStaleDrafts, keepPlace, placeOf } from './draftStore';

const HOUR_MS = 3_600_000;
/** How often drafts nobody came back for are looked for and forgotten. */
const SWEEP_MS = 60_000;

interface DraftsForProps {
  teamId: string;
  /** Null while nobody is signed in: nothing is kept. */
  personId: string | null;
  keptHours: number;
  children: ReactNode;
}

/**
 * The screens of one signed-in person, with their drafts (draftStore.ts). Mounted afresh for each person (its
 * parent keys it by person), so no typed text or open form of one person survives into the next person's screens.
 * It notes where in the app the person is and, when they come back after someone else, takes them back there.
 */
export function DraftsFor({ teamId, personId, keptHours, children }: DraftsForProps) {
  const keepMs = keptHours * HOUR_MS;
  const scope = useMemo<DraftScopeValue | null>(
    () => (personId ? { teamId, personId, keepMs } : null),
    [teamId, personId, keepMs],
  );

  useEffect(() => {
    if (!scope) return;
    const place = placeOf(scope, scope.keepMs);
    if (place !== null && place !== window.location.hash) window.location.hash = place;
    const follow = () => keepPlace(scope, window.location.hash);
    if (place === null) follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [scope]);

  useEffect(() => {
    const timer = setInterval(() => forgetStaleDrafts(keepMs), SWEEP_MS);
    return () => clearInterval(timer);
  }, [keepMs]);

  return <DraftScopeContext.Provider value={scope}>{children}</DraftScopeContext.Provider>;
}
