/**
 * A bundle file (`.joinedup`) is age(gzip(JSON { manifest, tables })). Import runs in three steps so that all the
 * slow and fallible work happens before any database transaction opens: decrypt, parse (manifest checks), validate
 * (rows, ids, references). `decodeBundle` runs all three for callers that do not need to report progress between.
 */
import { encryptBytes, decryptBundle, type EncryptOptions } from './crypto';
import { gzipJson } from './codec';
import type { BundleResult } from './errors';
import type { BundleDocument } from './manifest';
import { parseBundle, type ParseExpectations } from './parse';
import { validateBundle, type ValidBundle, type ValidateExpectations } from './validate';

export type BundleExpectations = ParseExpectations & ValidateExpectations;

export async function encodeBundle(
  document: BundleDocument,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<Uint8Array> {
  return encryptBytes(gzipJson(document), passphrase, options);
}

export async function decodeBundle(
  bytes: Uint8Array,
  passphrase: string,
  expectations: BundleExpectations,
): Promise<BundleResult<ValidBundle>> {
  const gzip = await decryptBundle(bytes, passphrase);
  if (!gzip.ok) return gzip;
  const parsed = parseBundle(gzip.value, expectations);
  if (!parsed.ok) return parsed;
  return validateBundle(parsed.value, expectations);
}
