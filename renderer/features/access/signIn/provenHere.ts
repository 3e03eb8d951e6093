/**
 * Who has shown, in this window, that they are who they say: with their personal password, their PIN on this PC,
 * a team leader vouching for them here, or by setting up the team just now. Kept in memory only (gone when the
 * window closes), and asked before anyone chooses a PIN or a personal password: without it, a passer-by could pick
 * a colleague with no PIN here and choose one for them.
 */
const proven = new Set<string>();

function key(teamId: string, memberId: string): string {
  return `${teamId}:${memberId}`;
}

export function markProven(teamId: string, memberId: string): void {
  proven.add(key(teamId, memberId));
}

export function isProven(teamId: string, memberId: string): boolean {
  return proven.has(key(teamId, memberId));
}

/** Once the person is signed in, the proof has done its job: a later PIN or password change asks again. */
export function forgetProven(teamId: string, memberId: string): void {
  proven.delete(key(teamId, memberId));
}
