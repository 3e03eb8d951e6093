/**
 * The data keys of the teams unlocked in this window (or worker), in memory only: never written anywhere. A team's
 * database can only be opened while its key is held here (teamDb.ts). Locking the app drops the keys of teams not
 * in use and closing it drops all; a dropped key's bytes are overwritten once its database is closed, so no copy
 * lingers until the next garbage collection.
 */

export interface HeldKey {
  key: Uint8Array;
  /** The team passphrase as typed to unlock, kept for the team folder and for checking files; null when unknown. */
  passphrase: string | null;
}

export class TeamLockedError extends Error {
  constructor(readonly teamId: string) {
    super('This team is locked on this PC: type the team passphrase to open it.');
    this.name = 'TeamLockedError';
  }
}

const held = new Map<string, HeldKey>();
const listeners = new Set<() => void>();
const beforeDrop = new Set<(teamId: string) => void>();
let fallback: ((teamId: string) => HeldKey | null) | null = null;

function changed(): void {
  for (const listener of listeners) listener();
}

export function holdTeamKey(teamId: string, key: Uint8Array, passphrase: string | null): void {
  const previous = held.get(teamId);
  if (previous?.key === key) {
    // The same key handed on again (to the file steps on this thread): keep the passphrase it was opened with.
    if (passphrase === null || passphrase === previous.passphrase) return;
  } else {
    previous?.key.fill(0);
  }
  held.set(teamId, { key, passphrase: passphrase ?? previous?.passphrase ?? null });
  changed();
}

/** The key of an unlocked team, or null. */
export function heldKey(teamId: string): HeldKey | null {
  const found = held.get(teamId);
  if (found) return found;
  const provided = fallback?.(teamId) ?? null;
  if (provided) held.set(teamId, provided);
  return provided;
}

/** Every held key by team, for the file steps in the bundle worker (which holds nothing of its own). */
export function allHeldKeys(): Record<string, Uint8Array> {
  return Object.fromEntries([...held].map(([teamId, entry]) => [teamId, entry.key]));
}

export function isTeamUnlocked(teamId: string): boolean {
  return held.has(teamId);
}

/** Notes a new passphrase for a team that stays unlocked (after it was changed or adopted on this PC). */
export function rememberPassphrase(teamId: string, passphrase: string): void {
  const found = held.get(teamId);
  if (!found) return;
  held.set(teamId, { ...found, passphrase });
  changed();
}

function drop(teamId: string): void {
  for (const listener of beforeDrop) listener(teamId);
  held.get(teamId)?.key.fill(0);
  held.delete(teamId);
}

/**
 * Forgets the keys of every team except `keep` (all of them when left out). Whoever opened a database with one is
 * told first (`beforeKeyDropped`), so it is closed before its key's bytes are overwritten.
 */
export function dropTeamKeys(keep?: string): void {
  const dropped = [...held.keys()].filter((teamId) => teamId !== keep);
  if (dropped.length === 0) return;
  for (const teamId of dropped) drop(teamId);
  changed();
}

/** Forgets one team's key (its database could not be opened, or it was removed from this PC). */
export function dropTeamKey(teamId: string): void {
  if (!held.has(teamId)) return;
  drop(teamId);
  changed();
}

export function beforeKeyDropped(listener: (teamId: string) => void): () => void {
  beforeDrop.add(listener);
  return () => {
    beforeDrop.delete(listener);
  };
}

/** For React (useSyncExternalStore): called whenever a key is held, dropped or its passphrase changes. */
export function subscribeToKeys(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Tests only: supplies a key for a team whose key nobody unlocked, so that tests written before the keys existed
 * (the sync harness, the property tests) run unchanged on locked databases. The app never sets one.
 */
export function provideMissingKeys(provider: ((teamId: string) => HeldKey | null) | null): void {
  fallback = provider;
}
