/**
 * Becoming a person on this PC: checking a personal password (slowed down after wrong tries), a leader proving
 * themselves to vouch for someone, choosing a PIN and a personal password. Each PIN and password chosen, and each
 * vouch, is a line in the change history naming the person, the PC and the time, never the secret.
 */
import { newPasswordProblems, type PasswordCost } from '../../../../shared/access/password';
import { pinProblem } from '../../../../shared/access/pinRules';
import type { Member, Profession } from '../../../../shared/domain/directory';
import { addSelfToTeam } from '../../../app/team/addSelfToTeam';
import { can } from '../../../../shared/domain/roles';
import { checkPin, getPinState, setPin } from '../../../db/pins';
import { notePasswordTry, passwordOf, passwordWait, storePassword } from '../../../db/passwords';
import type { TeamDb } from '../../../db/teamDb';
import { WriteError, makeWriteContext, recordAccessEvent } from '../../../db/writer';
import { makePasswordVerifier, passwordMatches } from './passwordRunner';
import { isProven, markProven } from './provenHere';

export type SecretCheck =
  | { result: 'right' }
  | { result: 'wrong'; waitMs: number }
  | { result: 'wait'; waitMs: number }
  | { result: 'none' };

type Person = Pick<Member, 'id' | 'name'>;

/** Checks a member's personal password; right marks them as proven in this window. */
export async function checkPassword(db: TeamDb, memberId: string, password: string): Promise<SecretCheck> {
  const verifier = await passwordOf(db, memberId);
  if (!verifier) return { result: 'none' };
  const before = await passwordWait(db, memberId);
  if (before > 0) return { result: 'wait', waitMs: before };
  const right = await passwordMatches(verifier, password);
  const waitMs = await notePasswordTry(db, memberId, right);
  if (!right) return { result: 'wrong', waitMs };
  markProven(db.teamId, memberId);
  return { result: 'right' };
}

/**
 * A team leader at the PC proves who they are at the moment of vouching: with their PIN on this PC when they have
 * one (their password otherwise). Wrong tries slow down as for signing in.
 */
export async function leaderProves(db: TeamDb, leader: Member, secret: string): Promise<SecretCheck> {
  if (!can(leader, 'vouch')) return { result: 'none' };
  const pin = await getPinState(db.teamId, leader.id);
  if (!pin.hasPin) return checkPassword(db, leader.id, secret);
  const checked = await checkPin(db.teamId, leader.id, secret);
  if (checked.result === 'right') return { result: 'right' };
  if (checked.result === 'no-pin') return { result: 'none' };
  return { result: checked.result, waitMs: checked.waitMs };
}

/** The leader vouched in person for `memberId`: noted in the change history, signed by the leader. */
export async function recordVouch(
  db: TeamDb,
  deviceId: string,
  leader: Person,
  memberId: string,
): Promise<void> {
  const writer = await makeWriteContext(db, deviceId, { id: leader.id, name: leader.name });
  await recordAccessEvent(writer, 'vouch', memberId);
  markProven(db.teamId, memberId);
}

/**
 * Someone new adds themselves to the team's directory at this PC: only with a team leader's vouch given here and
 * now (or on a made-up demo team). The vouch is noted against the new member, signed by the leader.
 */
export async function addNewcomer(
  db: TeamDb,
  deviceId: string,
  input: { name: string; profession: Profession },
  options: { demo: boolean; voucher: Person | null },
): Promise<string> {
  const { voucher } = options;
  if (!options.demo && !voucher) {
    throw new WriteError('Someone new joins the team only with a team leader here to vouch for them.');
  }
  const id = await addSelfToTeam(db, deviceId, input);
  if (voucher) await recordVouch(db, deviceId, voucher, id);
  return id;
}

/**
 * Chooses the person's PIN on this PC. Refused unless they already proved who they are in this window, or the
 * team is a made-up demo team anyone may explore.
 */
export async function choosePin(
  db: TeamDb,
  deviceId: string,
  person: Person,
  pin: string,
  options: { demo: boolean; iterations?: number },
): Promise<void> {
  if (!options.demo && !isProven(db.teamId, person.id)) {
    throw new WriteError('Show it is you first, with your personal password or a team leader beside you.');
  }
  const problem = pinProblem(pin);
  if (problem) throw new WriteError(problem);
  await setPin(db.teamId, person.id, pin, options.iterations);
  const writer = await makeWriteContext(db, deviceId, { id: person.id, name: person.name });
  await recordAccessEvent(writer, 'set-pin', person.id);
}

/** Chooses the person's own personal password, once they have proved who they are in this window. */
export async function chooseOwnPassword(
  db: TeamDb,
  deviceId: string,
  person: Person,
  password: string,
  again: string,
  cost?: PasswordCost,
): Promise<void> {
  if (!isProven(db.teamId, person.id)) {
    throw new WriteError('Show it is you first, with your PIN, your password or a team leader beside you.');
  }
  const problems = newPasswordProblems(password, again);
  if (problems.password || problems.again) {
    throw new WriteError(problems.password ?? problems.again ?? '', [
      ...(problems.password ? [{ field: 'password', message: problems.password }] : []),
      ...(problems.again ? [{ field: 'again', message: problems.again }] : []),
    ]);
  }
  // Made before any write: awaiting the worker inside an IndexedDB transaction would let it commit early.
  const verifier = await makePasswordVerifier(password, cost);
  const writer = await makeWriteContext(db, deviceId, { id: person.id, name: person.name });
  await storePassword(writer, person.id, verifier);
}
