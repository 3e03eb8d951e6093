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
import { fromBase64, randomBytes, toBase64 } from './bytes';

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

/**
 * UTF-8 bytes of the text, copied by hand when it is all ASCII (a record's id and table, any sealed JSON text):
 * Chromium's TextEncoder costs more per call than such a copy, and records are sealed and opened by the hundred
 * thousand.
 */
function utf8(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 0x7f) return encoder.encode(text);
    bytes[index] = code;
  }
  return bytes;
}

export function contextBytes(...parts: readonly string[]): Uint8Array {
  // A separator that no part contains keeps ("ab", "c") apart from ("a", "bc").
  return utf8(parts.join('\u0000'));
}

/** Random bytes drawn for many nonces at once: each call to the system's generator costs as much as a small seal. */
const NONCES_PER_DRAW = 256;
let nonces = new Uint8Array(0);
let nextNonce = 0;

/** A nonce never handed out before: each is a fresh slice of the drawn bytes, never reused. */
function freshNonce(): Uint8Array {
  if (nextNonce + NONCE_BYTES > nonces.length) {
    nonces = randomBytes(NONCE_BYTES * NONCES_PER_DRAW);
    nextNonce = 0;
  }
  const nonce = nonces.subarray(nextNonce, nextNonce + NONCE_BYTES);
  nextNonce += NONCE_BYTES;
  return nonce;
}

export function sealBytes(key: Uint8Array, plain: Uint8Array, context: Uint8Array): Uint8Array<ArrayBuffer> {
  const nonce = freshNonce();
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

/** Bytes inside a sealed value are written as `{ "$bytes": base64 }`: JSON alone would turn them into an object. */
const BYTES_TAG = '$bytes';
/** Text that marks a value holding bytes; JSON text never starts with it, so other values are parsed as they are. */
const WITH_BYTES = 'b';

function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function holdsBytes(value: unknown): boolean {
  if (isBytes(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  for (const inner of Object.values(value)) if (holdsBytes(inner)) return true;
  return false;
}

function bytesReplacer(_key: string, value: unknown): unknown {
  return isBytes(value) ? { [BYTES_TAG]: toBase64(value) } : value;
}

function bytesReviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const text: unknown = Reflect.get(value, BYTES_TAG);
  if (keys.length !== 1 || typeof text !== 'string') return value;
  return fromBase64(text) ?? value;
}

/**
 * Seals any value JSON can carry (every stored row is: they travel in bundles as JSON), and bytes anywhere in it (a
 * file held back keeps its contents as bytes). Only a value that holds bytes pays for the tagging.
 */
export function sealJson(key: Uint8Array, value: unknown, context: Uint8Array): Uint8Array<ArrayBuffer> {
  const text = holdsBytes(value) ? WITH_BYTES + JSON.stringify(value, bytesReplacer) : JSON.stringify(value);
  return sealBytes(key, utf8(asciiOnly(text)), context);
}

/**
 * JSON text with every character past ASCII written as its `\uXXXX` escape, which JSON.parse reads back as the same
 * character. Chromium's UTF-8 decoder leaves its fast path at the first byte past ASCII: one accented name in the
 * board's saved snapshot (6 MB at 5,000 cases) made opening it four times slower. Pairs of surrogates are escaped
 * one by one and joined again by the parser; JSON.stringify already escapes a lone one.
 */
function asciiOnly(text: string): string {
  return text.replace(PAST_ASCII, escapeCharacter);
}

const PAST_ASCII = /[\u0080-\uffff]/g;

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export type Opened = { ok: true; value: unknown } | { ok: false };

export function openJson(key: Uint8Array, sealed: Uint8Array, context: Uint8Array): Opened {
  const plain = openBytes(key, sealed, context);
  if (plain === null) return { ok: false };
  const text = decoder.decode(plain);
  const value: unknown = text.startsWith(WITH_BYTES)
    ? JSON.parse(text.slice(WITH_BYTES.length), bytesReviver)
    : JSON.parse(text);
  return { ok: true, value };
}
