/**
 * Making this PC's next team folder file and the keys that lock and open the folder's files. Runs in the bundle
 * worker (or on this thread in tests): reading the records, gzip and encryption all stay off the interface thread.
 * A change file is locked to the team folder's key; a full file with the team passphrase, as a saved file is.
 */
import { encodeBundle } from '../../../shared/bundle/bundle';
import { gzipJson } from '../../../shared/bundle/codec';
import { encryptForFolder, type BundleKeys, type EncryptOptions } from '../../../shared/bundle/crypto';
import { deriveFolderKey, type FolderKey, type FolderKeyOptions } from '../../../shared/bundle/folderKey';
import type { MadeFile } from '../../../shared/folder/engine';
import { collectFolderDocument, type FolderFileRequest } from '../../db/folderFiles';
import type { TeamDb } from '../../db/teamDb';

/** The team passphrases this PC remembers for the folder, the current one first. */
export interface FolderSecrets {
  teamId: string;
  passphrases: readonly string[];
}

export interface FolderCrypto {
  /** Tests pass light work factors; the app keeps the defaults. */
  encryption?: EncryptOptions;
  folderKey?: FolderKeyOptions;
}

export interface FolderLocks {
  keys: BundleKeys;
  /** The current folder key's recipient, which locks new change files. */
  recipient: string;
  passphrase: string;
}

const derived = new Map<string, Promise<FolderKey>>();

/** The folder key of one passphrase: worked out once per session (it costs a second or more of scrypt). */
function folderKeyFor(
  teamId: string,
  passphrase: string,
  options: FolderKeyOptions = {},
): Promise<FolderKey> {
  const cacheKey = JSON.stringify([teamId, passphrase, options.workFactor ?? null]);
  let key = derived.get(cacheKey);
  if (!key) {
    key = deriveFolderKey(passphrase, teamId, options);
    derived.set(cacheKey, key);
    // A failure is not remembered: the next file tries again.
    key.catch(() => derived.delete(cacheKey));
  }
  return key;
}

export async function folderLocks(secrets: FolderSecrets, crypto: FolderCrypto = {}): Promise<FolderLocks> {
  const [passphrase] = secrets.passphrases;
  if (passphrase === undefined) throw new Error('No team passphrase is remembered for the team folder.');
  const keys = await Promise.all(
    secrets.passphrases.map((each) => folderKeyFor(secrets.teamId, each, crypto.folderKey)),
  );
  return {
    keys: { passphrases: secrets.passphrases, identities: keys.map((key) => key.identity) },
    recipient: keys[0]?.recipient ?? '',
    passphrase,
  };
}

/** Reads what the next file carries and locks it. */
export async function makeFolderFile(
  db: TeamDb,
  request: FolderFileRequest,
  secrets: FolderSecrets,
  crypto: FolderCrypto = {},
): Promise<MadeFile> {
  const locks = await folderLocks(secrets, crypto);
  const { document, consumed } = await collectFolderDocument(db, request);
  const bytes =
    request.kind === 'full'
      ? await encodeBundle(document, locks.passphrase, crypto.encryption)
      : await encryptForFolder(gzipJson(document), locks.recipient);
  return {
    bytes,
    bundleId: document.manifest.bundleId,
    createdAt: Date.parse(document.manifest.createdAt),
    vectors: document.manifest.versionVectors,
    scope: document.manifest.scope,
    consumed,
  };
}
