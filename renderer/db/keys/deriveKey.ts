/**
 * Deriving the key that wraps a team's data key from a passphrase, off the interface thread: scrypt blocks for as
 * long as it runs (noble's asynchronous version yields only between microtasks, which lets nothing paint), so each
 * derivation runs in a worker of its own. Where no worker exists (component tests), or the derivation is light,
 * it runs here.
 */
import { deriveFromPassphrase, type KdfParams } from '../../../shared/keys/teamKey';
import type { DeriveReply, DeriveRequest } from './keyWorker';

export class KeyDerivationError extends Error {
  constructor() {
    super(
      'The passphrase could not be checked on this PC. Try again; if it keeps happening, restart Joined Up.',
    );
    this.name = 'KeyDerivationError';
  }
}

/**
 * Up to this work factor (2^12: 4 MiB, a few milliseconds) a derivation runs here: starting a worker and compiling
 * its script costs more than that, and the made-up demo team (work factor 10) would open that much slower.
 */
const LIGHT_WORK_FACTOR = 12;

export function deriveKey(passphrase: string, kdf: KdfParams): Promise<Uint8Array> {
  if (typeof Worker === 'undefined' || kdf.logN <= LIGHT_WORK_FACTOR) {
    return Promise.resolve()
      .then(() => deriveFromPassphrase(passphrase, kdf))
      .catch(() => {
        throw new KeyDerivationError();
      });
  }
  const worker = new Worker(new URL('./keyWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<DeriveReply>) => {
      if (event.data.ok) resolve(event.data.key);
      else reject(new KeyDerivationError());
    });
    worker.addEventListener('error', () => reject(new KeyDerivationError()));
    worker.postMessage({ passphrase, kdf } satisfies DeriveRequest);
  }).finally(() => worker.terminate());
}
