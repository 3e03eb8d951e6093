import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphraseStrength';

describe('the passphrase strength hint', () => {
  it('calls a short passphrase too short and says how long to make it', () => {
    const hint = passphraseStrength('short');
    expect(hint.strength).toBe('too-short');
    expect(hint.advice).toContain('12');
  });

  it('calls a long passphrase built on a common word weak', () => {
    expect(passphraseStrength('password12345678').strength).toBe('weak');
  });

  it('calls a phrase of four unrelated words strong', () => {
    expect(passphraseStrength('kettle orbit meadow violin').strength).toBe('strong');
  });

  it('calls a passable passphrase fair', () => {
    expect(passphraseStrength('river-castle9').strength).toBe('fair');
  });
});
