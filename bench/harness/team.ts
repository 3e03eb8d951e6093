// The first steps of every bench on a generated team: fill the team on the bench page, then sign its leader in.
import type { Page } from 'playwright-core';

export interface TeamSize {
  cases: number;
  members: number;
  agencies: number;
}

export interface SeededTeam {
  teamId: string;
  leaderId: string;
  records: number;
  ms: number;
}

/** The part of the bench page's window (renderer/bench/benchEntry.ts) these steps use. */
type SeedWindow = { joinedUpBench: { seedTeam(size: TeamSize, plain: boolean): Promise<SeededTeam> } };

/**
 * Generates a team of this size in the bench page's database (the app's origin, so the app sees it); `plain`
 * leaves its records unsealed on disk, the baseline for the sealed figures.
 */
export function seedTeam(page: Page, size: TeamSize, plain = false): Promise<SeededTeam> {
  return page.evaluate(
    ([wanted, unsealed]) => (window as unknown as SeedWindow).joinedUpBench.seedTeam(wanted, unsealed),
    [size, plain] as const,
  );
}

/**
 * Signs the team's leader in at this window, as after entering their PIN: the app opens straight to its pages.
 * The lock screen and choosing a PIN are not what any bench measures. Call on a page of the app's origin.
 */
export async function signInLeader(page: Page, team: SeededTeam): Promise<void> {
  await page.evaluate(
    ([teamId, personId]) => sessionStorage.setItem('joinedup-unlocked', JSON.stringify({ teamId, personId })),
    [team.teamId, team.leaderId] as const,
  );
}
