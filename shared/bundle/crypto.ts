/**
 * The outer layer of a bundle: the age file format (age-encryption.org/v1) with one scrypt passphrase stanza, so a
 * bundle can also be opened with the standard `age` tool. age encrypts in 64 KiB authenticated chunks with a marked
 * last chunk, so flipped bytes and a cut-short file are both detected. The small files a PC leaves in the team
 * folder are locked instead to the team's folder key, one X25519 stanza (folderKey.ts).
 */
import { Decrypter, Encrypter } from 'age-encryption';
import { damaged, fail, notABundle, ok, wrongPassphrase, type BundleResult } from './errors';

/**
 * scrypt work factor (log2 N) for new bundles. 17 means 128 MiB of memory and about 0.7 s in a browser on an
 * ordinary PC, paid once per export and once per import; age's own default of 18 doubles both, which is a lot in a
 * renderer that must also hold the team's data. The passphrase is a team secret, not a personal password, and the
 * app asks for a long one, which is what really resists guessing.
 */
export const DEFAULT_WORK_FACTOR = 17;
/** The most work a bundle may ask for before it is opened: age itself refuses more than 20 (1 GiB of memory). */
export const MAX_WORK_FACTOR = 20;
const MIN_WORK_FACTOR = 1;

const AGE_MAGIC = 'age-encryption.org/v1\n';
const HEADER_PROBE_BYTES = 512;

/** How a file is locked: with the team passphrase (scrypt) or with the team folder's key (X25519). */
export type BundleLock = 'passphrase' | 'folderKey';

/** Everything a reader may try on a file: the team passphrases and folder keys it knows, newest first. */
export interface BundleKeys {
  passphrases: readonly string[];
  /** age identities (`AGE-SECRET-KEY-1…`) of the team folder's key. */
  identities: readonly string[];
}

export interface EncryptOptions {
  /** Tests pass a low one to stay fast; the app uses DEFAULT_WORK_FACTOR. */
  workFactor?: number;
}

/** Passphrases are compared as text: the same letters typed on different keyboards must give the same key. */
function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export async function encryptBytes(
  plain: Uint8Array,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<Uint8Array> {
  const workFactor = options.workFactor ?? DEFAULT_WORK_FACTOR;
  if (!Number.isInteger(workFactor) || workFactor < MIN_WORK_FACTOR || workFactor > MAX_WORK_FACTOR) {
    throw new RangeError(
      `The scrypt work factor must be a whole number from ${MIN_WORK_FACTOR} to ${MAX_WORK_FACTOR}.`,
    );
  }
  const encrypter = new Encrypter();
  encrypter.setPassphrase(normalisePassphrase(passphrase));
  encrypter.setScryptWorkFactor(workFactor);
  return encrypter.encrypt(plain);
}

/** Locks a team folder file to the team's folder key (an age recipient, `age1…`). */
export async function encryptForFolder(plain: Uint8Array, recipient: string): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return encrypter.encrypt(plain);
}

/** Reads the start of the age header without trusting it: is this an age file, and how is it locked? */
function checkHeader(bytes: Uint8Array): BundleResult<BundleLock> {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, HEADER_PROBE_BYTES));
  if (!head.startsWith(AGE_MAGIC)) {
    return fail(notABundle('It does not start the way every Joined Up file does.'));
  }
  const firstStanza = head.slice(AGE_MAGIC.length).split('\n', 1)[0] ?? '';
  const args = firstStanza.split(' ');
  if (args[0] !== '->') return fail(damaged('The age header has no recipient stanza.'));
  if (args[1] === 'X25519') return ok('folderKey');
  if (args[1] !== 'scrypt') {
    return fail(notABundle('It is locked with a key rather than with a team passphrase.'));
  }
  const workFactor = Number(args[3]);
  if (!Number.isInteger(workFactor) || workFactor < MIN_WORK_FACTOR || workFactor > MAX_WORK_FACTOR) {
    return fail(damaged(`The scrypt work factor "${args[3] ?? ''}" is not one this app accepts.`));
  }
  return ok('passphrase');
}

/** How the file is locked, read from its header without opening it; null when it is not an age file we write. */
export function bundleLock(bytes: Uint8Array): BundleLock | null {
  const header = checkHeader(bytes);
  return header.ok ? header.value : null;
}

/**
 * Decrypts a bundle file into its gzip layer. The age library reports a passphrase that fits no stanza with the
 * message below; every other failure after the header check means the bytes are not what was written.
 */
export async function decryptBundle(
  bytes: Uint8Array,
  secret: string | BundleKeys,
): Promise<BundleResult<Uint8Array>> {
  const header = checkHeader(bytes);
  if (!header.ok) return header;
  const keys: BundleKeys = typeof secret === 'string' ? { passphrases: [secret], identities: [] } : secret;
  if (header.value === 'folderKey') {
    if (keys.identities.length === 0) {
      return fail(notABundle('It is locked with a team folder’s key rather than with a team passphrase.'));
    }
    // Trying a folder key costs next to nothing, so all of them are tried at once.
    return decryptWith(bytes, (decrypter) => keys.identities.forEach((id) => decrypter.addIdentity(id)));
  }
  // Each passphrase costs a full scrypt run: try them one at a time, the current one first.
  let result: BundleResult<Uint8Array> = fail(wrongPassphrase());
  for (const passphrase of keys.passphrases) {
    result = await decryptWith(bytes, (decrypter) =>
      decrypter.addPassphrase(normalisePassphrase(passphrase)),
    );
    if (result.ok || result.error.kind !== 'wrongPassphrase') return result;
  }
  return result;
}

async function decryptWith(
  bytes: Uint8Array,
  addKeys: (decrypter: Decrypter) => void,
): Promise<BundleResult<Uint8Array>> {
  const decrypter = new Decrypter();
  addKeys(decrypter);
  try {
    return ok(await decrypter.decrypt(bytes));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/no identity matched/i.test(detail)) return fail(wrongPassphrase());
    return fail(damaged(detail));
  }
}
