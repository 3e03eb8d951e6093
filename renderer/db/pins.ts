/**
 * Personal PINs, kept only on this PC (the PC database `joinedup-pc`, table `pins`), one row per team and person:
 * a slow salted hash of the PIN (never the PIN), and the count and time of wrong tries so that guessing slows
 * down even across restarts. PINs never travel in bundles: each PC asks each person to choose their own.
 */
import { NO_TRIES, afterWrongTry, nextTryAt, waitLeft } from '../../shared/access/backoff';
import { hashPin, pinMatches } from '../../shared/access/pinHash';
import { pinProblem } from '../../shared/access/pinRules';
import { pinTable } from './pcDb';
import { WriteError } from './writeRules';

export type PinCheck =
  | { result: 'right' }
  | { result: 'wrong'; failures: number; waitMs: number }
  | { result: 'wait'; waitMs: number }
  | { result: 'no-pin' };

export interface PinState {
  hasPin: boolean;
  /** Milliseconds still to wait before the next try (0 when a try may be made now). */
  waitMs: number;
  /** When the next try may be made (ms since 1970; 0 when a try may be made at once). */
  nextTryAt: number;
  failures: number;
}

export function pinKey(teamId: string, memberId: string): string {
  return `${teamId}:${memberId}`;
}

export async function getPinState(teamId: string, memberId: string, now = Date.now()): Promise<PinState> {
  const row = await pinTable().get(pinKey(teamId, memberId));
  if (!row) return { hasPin: false, waitMs: 0, nextTryAt: 0, failures: 0 };
  return { hasPin: true, waitMs: waitLeft(row, now), nextTryAt: nextTryAt(row), failures: row.failures };
}

/** The members of a team who have chosen a PIN on this PC. */
export async function membersWithPins(teamId: string): Promise<string[]> {
  const rows = await pinTable().where('teamId').equals(teamId).toArray();
  return rows.map((row) => row.memberId);
}

/** Sets (or replaces) a person's PIN on this PC. Refuses a PIN that is not acceptable with a WriteError. */
export async function setPin(
  teamId: string,
  memberId: string,
  pin: string,
  iterations?: number,
): Promise<void> {
  const problem = pinProblem(pin);
  if (problem) throw new WriteError(problem, [{ field: 'pin', message: problem }]);
  // Hash before touching the database: awaiting WebCrypto inside an IndexedDB transaction lets it commit early.
  const hashed = await hashPin(pin, iterations);
  await pinTable().put({
    key: pinKey(teamId, memberId),
    teamId,
    memberId,
    pin: hashed,
    setAt: new Date().toISOString(),
    ...NO_TRIES,
  });
}

/**
 * Checks a PIN. Wrong tries are counted on this PC; once past the free tries, a check made before the wait is over
 * is refused without looking at the PIN, so waiting cannot be skipped.
 */
export async function checkPin(
  teamId: string,
  memberId: string,
  pin: string,
  now = Date.now(),
): Promise<PinCheck> {
  const key = pinKey(teamId, memberId);
  const row = await pinTable().get(key);
  if (!row) return { result: 'no-pin' };
  const before = waitLeft(row, now);
  if (before > 0) return { result: 'wait', waitMs: before };
  const right = await pinMatches(row.pin, pin);
  const table = pinTable();
  return table.db.transaction('rw', table, async () => {
    // Read again: another window may have counted a try while the hash was being worked out.
    const current = await table.get(key);
    if (!current) return { result: 'no-pin' } satisfies PinCheck;
    if (right) {
      await table.update(key, { ...NO_TRIES });
      return { result: 'right' } satisfies PinCheck;
    }
    const next = afterWrongTry(current, now);
    await table.update(key, next);
    return { result: 'wrong', failures: next.failures, waitMs: waitLeft(next, now) } satisfies PinCheck;
  });
}

/** Clears a person's PIN on this PC (a leader's reset); they choose a new one the next time they sign in. */
export async function clearPin(teamId: string, memberId: string): Promise<void> {
  await pinTable().delete(pinKey(teamId, memberId));
}
