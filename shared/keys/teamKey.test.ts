import { describe, expect, it } from 'vitest';
import { DEFAULT_WORK_FACTOR } from '../bundle/crypto';
import { newKey } from './sealed';
import {
  KEY_WORK_FACTOR,
  deriveFromPassphrase,
  newKdf,
  unwrapKey,
  wrapKey,
  wrappedKeySchema,
} from './teamKey';

/** A light work factor keeps the tests quick; the steps are the same. */
const kdf = () => newKdf(2);
const TEAM = 'a3c1b2d4-0000-4000-8000-000000000001';

describe('the wrapped data key', () => {
  it('is derived with at least the work the team files ask for', () => {
    expect(KEY_WORK_FACTOR).toBeGreaterThanOrEqual(DEFAULT_WORK_FACTOR);
  });

  it('unwraps with the team passphrase, however its letters were typed', () => {
    const dataKey = newKey();
    const params = kdf();
    const wrapped = wrapKey(dataKey, deriveFromPassphrase('café au lait', params), params, TEAM);
    expect(wrappedKeySchema.parse(wrapped)).toEqual(wrapped);
    // "é" typed as e + combining accent is the same passphrase.
    const typed = deriveFromPassphrase('cafe\u0301 au lait', wrapped.kdf);
    expect(unwrapKey(wrapped, typed, TEAM)).toEqual(dataKey);
  });

  it('does not unwrap with another passphrase, or for another team', () => {
    const params = kdf();
    const wrapped = wrapKey(newKey(), deriveFromPassphrase('river stones 42', params), params, TEAM);
    expect(unwrapKey(wrapped, deriveFromPassphrase('river stones 43', params), TEAM)).toBeNull();
    expect(unwrapKey(wrapped, deriveFromPassphrase('river stones 42', params), `${TEAM}x`)).toBeNull();
  });
});
