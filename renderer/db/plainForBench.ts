/**
 * Benchmark builds only: one team database, named in this browser's localStorage, is opened without the at-rest
 * middleware, so `npm run bench` can measure the same screens on a plain database beside a sealed one in the same
 * run. Every other build defines VITE_BENCH as '0' (vite.config.ts), so this is always false there and the bundler
 * drops the check; tests never set it.
 */
const PLAIN_TEAM_KEY = 'joinedup-bench-plain-team';

export function plainForBench(teamId: string): boolean {
  if (import.meta.env.VITE_BENCH !== '1' || typeof localStorage === 'undefined') return false;
  return localStorage.getItem(PLAIN_TEAM_KEY) === teamId;
}

/** Bench page only: the team whose database this browser opens plain from now on (null: none). */
export function setPlainForBench(teamId: string | null): void {
  if (teamId === null) localStorage.removeItem(PLAIN_TEAM_KEY);
  else localStorage.setItem(PLAIN_TEAM_KEY, teamId);
}
