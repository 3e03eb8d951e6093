/**
 * Personal passwords: the rules for a new one, and the memory-hard verifier kept of it. Only the verifier is ever
 * stored (it travels with the team's files so every PC can check who someone is); the password itself is never
 * stored, logged or sent. scrypt with the same cost as the team's files (`DEFAULT_WORK_FACTOR` in the bundle
 * format: N = 2^17, r = 8, p = 1, 128 MiB) and a random 16-byte salt per password, so a stolen copy of the team's
 * data costs an attacker as much per guess as the files themselves do.
 */
import { scrypt } from '@noble/hashes/scrypt.js';
import type { PasswordVerifier } from '../domain/passwords';

export type { PasswordVerifier } from '../domain/passwords';

export const PASSWORD_COST = { logN: 17, r: 8, p: 1 } as const;
export const MIN_PASSWORD_LENGTH = 10;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export interface PasswordCost {
  logN: number;
  r: number;
  p: number;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** The same letters typed on different keyboards give the same password. */
function normalise(password: string): string {
  return password.normalize('NFC');
}

function derive(password: string, salt: Uint8Array, cost: PasswordCost): Uint8Array {
  return scrypt(normalise(password), salt, {
    N: 2 ** cost.logN,
    r: cost.r,
    p: cost.p,
    dkLen: KEY_BYTES,
    // scrypt needs 128 × r × N bytes; allow exactly that and a little more.
    maxmem: 128 * cost.r * 2 ** cost.logN * (cost.p + 1) + 1024,
  });
}

/** A verifier of a new password, with a new random salt. Slow on purpose (about a second): run it off the page's thread. */
export function makeVerifier(password: string, cost: PasswordCost = PASSWORD_COST): PasswordVerifier {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { algorithm: 'scrypt', ...cost, salt: toBase64(salt), hash: toBase64(derive(password, salt, cost)) };
}

/** Whether the password is the one the verifier was made from. As slow as making one. */
export function verifierMatches(verifier: PasswordVerifier, password: string): boolean {
  const derived = derive(password, fromBase64(verifier.salt), verifier);
  const expected = fromBase64(verifier.hash);
  if (derived.length !== expected.length) return false;
  // Compare every byte so the time taken does not hint at how much matched.
  let difference = 0;
  for (let index = 0; index < derived.length; index += 1)
    difference |= (derived[index] ?? 0) ^ (expected[index] ?? 0);
  return difference === 0;
}

/** Plain words for what is wrong with a new password typed twice, or nothing. */
export function newPasswordProblems(password: string, again: string): { password?: string; again?: string } {
  const problems: { password?: string; again?: string } = {};
  const length = [...password].length;
  if (password === '') problems.password = 'Enter a password.';
  else if (length < MIN_PASSWORD_LENGTH)
    problems.password = `Use at least ${MIN_PASSWORD_LENGTH} characters. Three unrelated words work well.`;
  else if (new Set(password.toLowerCase()).size < 5)
    problems.password = 'It repeats itself too much. Choose words nobody would guess.';
  if (again === '') problems.again = 'Type your password again.';
  else if (!problems.password && again !== password)
    problems.again = 'The two passwords are different. Type them again.';
  return problems;
}
