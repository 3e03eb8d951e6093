/**
 * Personal PINs are kept only as a slow salted hash (PBKDF2-SHA256 through WebCrypto, a new random salt for every
 * PIN), so a copied PC profile does not give the PINs away cheaply. The PIN itself is never stored or logged.
 */
export const PIN_ITERATIONS = 310_000;

export interface PinHash {
  /** Base64. */
  salt: string;
  /** Base64 of the derived 256-bit key. */
  hash: string;
  iterations: number;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** Tests pass a low iteration count to stay fast; the app keeps the default. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations };
}

export async function pinMatches(stored: PinHash, pin: string): Promise<boolean> {
  const derived = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  if (derived.length !== expected.length) return false;
  // Compare every byte so the time taken does not hint at how much matched.
  let difference = 0;
  for (let index = 0; index < derived.length; index += 1)
    difference |= (derived[index] ?? 0) ^ (expected[index] ?? 0);
  return difference === 0;
}
