/**
 * Sealing a value so that only the holder of a 32-byte key can read it, and nobody can change it or move it unseen:
 * XChaCha20-Poly1305 (through @noble/ciphers, the library the bundles' age layer already uses) with a fresh random
 * 24-byte nonce each time, and a context (for a stored record, its table and id) bound in as additional data, so a
 * sealed value copied to another record or table no longer opens. Synchronous on purpose: the team database seals
 * and opens records inside IndexedDB transactions, which commit as soon as anything else is awaited
 * (docs/decisions/0022-records-locked-on-disk.md).
 *
 * Layout: one format byte (1), the nonce, then the ciphertext with its 16-byte tag.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from './bytes';

export const KEY_BYTES = 32;
const FORMAT = 1;
const NONCE_BYTES = 24;
const HEADER_BYTES = 1 + NONCE_BYTES;
const TAG_BYTES = 16;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function newKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(KEY_BYTES);
}

export function contextBytes(...parts: readonly string[]): Uint8Array {
  // A separator that no part contains keeps ("ab", "c") apart from ("a", "bc").
  return encoder.encode(parts.join('\u0000'));
}

export function sealBytes(key: Uint8Array, plain: Uint8Array, context: Uint8Array): Uint8Array<ArrayBuffer> {
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = xchacha20poly1305(key, nonce, context).encrypt(plain);
  const out = new Uint8Array(HEADER_BYTES + sealed.length);
  out[0] = FORMAT;
  out.set(nonce, 1);
  out.set(sealed, HEADER_BYTES);
  return out;
}

/** The plain bytes, or null when the key or context is not the one it was sealed with, or a byte was changed. */
export function openBytes(key: Uint8Array, sealed: Uint8Array, context: Uint8Array): Uint8Array | null {
  if (sealed.length < HEADER_BYTES + TAG_BYTES || sealed[0] !== FORMAT) return null;
  try {
    return xchacha20poly1305(key, sealed.subarray(1, HEADER_BYTES), context).decrypt(
      sealed.subarray(HEADER_BYTES),
    );
  } catch {
    return null;
  }
}

/** Seals any value JSON can carry (every stored row is: they travel in bundles as JSON). */
export function sealJson(key: Uint8Array, value: unknown, context: Uint8Array): Uint8Array<ArrayBuffer> {
  return sealBytes(key, encoder.encode(JSON.stringify(value)), context);
}

export type Opened = { ok: true; value: unknown } | { ok: false };

export function openJson(key: Uint8Array, sealed: Uint8Array, context: Uint8Array): Opened {
  const plain = openBytes(key, sealed, context);
  if (plain === null) return { ok: false };
  const value: unknown = JSON.parse(decoder.decode(plain));
  return { ok: true, value };
}
