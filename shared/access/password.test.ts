import { describe, expect, it } from 'vitest';
import { DEFAULT_WORK_FACTOR } from '../bundle/crypto';
import { passwordVerifierSchema } from '../domain/passwords';
import { PASSWORD_COST, makeVerifier, newPasswordProblems, verifierMatches } from './password';

/** A light cost keeps the tests quick; the algorithm is the same. */
const LIGHT = { logN: 10, r: 8, p: 1 };

describe('personal passwords', () => {
  it('keep a verifier that the right password matches and a wrong one does not', () => {
    const verifier = makeVerifier('kettle orbit meadow', LIGHT);
    expect(verifierMatches(verifier, 'kettle orbit meadow')).toBe(true);
    expect(verifierMatches(verifier, 'kettle orbit meadoW')).toBe(false);
    expect(passwordVerifierSchema.safeParse(verifier).success).toBe(true);
  });

  it('never keep the password itself, and salt each one afresh', () => {
    const one = makeVerifier('kettle orbit meadow', LIGHT);
    const two = makeVerifier('kettle orbit meadow', LIGHT);
    expect(JSON.stringify(one)).not.toContain('kettle');
    expect(one.salt).not.toBe(two.salt);
    expect(one.hash).not.toBe(two.hash);
  });

  it('match the same letters however the keyboard composed them', () => {
    const verifier = makeVerifier('Zoë walks the dog', LIGHT);
    expect(verifierMatches(verifier, 'Zoe\u0308 walks the dog')).toBe(true);
  });

  it('cost an attacker at least as much per guess as the team’s files do', () => {
    expect(PASSWORD_COST.logN).toBeGreaterThanOrEqual(DEFAULT_WORK_FACTOR);
    expect(PASSWORD_COST.r).toBeGreaterThanOrEqual(8);
  });

  it('asks for a longer password, and for the same one twice', () => {
    expect(newPasswordProblems('short', 'short').password).toMatch(/at least 10 characters/);
    expect(newPasswordProblems('aaaaaaaaaaaa', 'aaaaaaaaaaaa').password).toMatch(/repeats itself/);
    expect(newPasswordProblems('kettle orbit meadow', 'kettle orbit')).toEqual({
      again: 'The two passwords are different. Type them again.',
    });
    expect(newPasswordProblems('kettle orbit meadow', 'kettle orbit meadow')).toEqual({});
  });
});
