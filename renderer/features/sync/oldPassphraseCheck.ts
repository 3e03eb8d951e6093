/**
 * After the team changed its passphrase: which passphrase opened a file, and whether a file opened only by an old
 * one may come in. Files made before the change still do (the folder's older files, a file saved last week); one
 * made after it is refused, because whoever made it knew only the old passphrase (shared/keys/passphraseChange.ts).
 */
import { decryptBundle, type BundleKeys } from '../../../shared/bundle/crypto';
import { oldPassphrase, type BundleError, type BundleResult } from '../../../shared/bundle/errors';
import type { BundleManifest } from '../../../shared/bundle/manifest';
import {
  isOlderPassphrase,
  madeAfterChange,
  oldPassphraseMessage,
} from '../../../shared/keys/passphraseChange';
import { olderPassphrasesOf } from '../../db/keys/passphraseKeys';
import type { TeamDb } from '../../db/teamDb';

export interface Decrypted {
  contents: Uint8Array;
  /** True when only a passphrase (or folder key) after the first of a remembered list opened it. */
  olderOnly: boolean;
}

/**
 * Decrypts with what is at hand: a typed passphrase, or a remembered list (the current passphrase first). The
 * current one is tried alone first, so a file it does not open but an older one does is known to be old.
 */
export async function decryptNoting(
  bytes: Uint8Array,
  keys: BundleKeys | string,
): Promise<BundleResult<Decrypted>> {
  if (typeof keys === 'string') return noting(await decryptBundle(bytes, keys), false);
  const current: BundleKeys = {
    passphrases: keys.passphrases.slice(0, 1),
    identities: keys.identities.slice(0, 1),
  };
  const first = await decryptBundle(bytes, current);
  const older: BundleKeys = { passphrases: keys.passphrases.slice(1), identities: keys.identities.slice(1) };
  if (first.ok || first.error.kind !== 'wrongPassphrase') return noting(first, false);
  if (older.passphrases.length === 0 && older.identities.length === 0) return noting(first, false);
  return noting(await decryptBundle(bytes, older), true);
}

function noting(result: BundleResult<Uint8Array>, olderOnly: boolean): BundleResult<Decrypted> {
  return result.ok ? { ok: true, value: { contents: result.value, olderOnly } } : result;
}

/**
 * The refusal of a file opened only by an old passphrase and made after the change, or null when it may come in.
 * A typed passphrase counts as old when it is one this PC kept from before the change.
 */
export async function oldPassphraseProblem(
  db: TeamDb,
  manifest: BundleManifest,
  opened: { olderOnly: boolean; typed: string },
): Promise<BundleError | null> {
  const older =
    opened.olderOnly ||
    (opened.typed !== '' && isOlderPassphrase(opened.typed, await olderPassphrasesOf(manifest.teamId)));
  if (!older) return null;
  const team = await db.rows('team').get(manifest.teamId);
  const changedAt = team?.passphraseChangedAt ?? null;
  if (changedAt === null) return null;
  const stamps = Object.values(manifest.versionVectors).flatMap((vector) => Object.values(vector ?? {}));
  const change = { generation: team?.passphraseGeneration ?? 0, changedAt };
  if (!madeAfterChange({ createdAt: manifest.createdAt, stamps }, change)) return null;
  return oldPassphrase(changedAt, oldPassphraseMessage(changedAt));
}
