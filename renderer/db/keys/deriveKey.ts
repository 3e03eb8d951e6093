/**
 * Deriving the key that wraps a team's data key from a passphrase, off the interface thread: scrypt blocks for as
 * long as it runs (noble's asynchronous version yields only between microtasks, which lets nothing paint), so each
 * derivation runs in a worker of its own. Where no worker exists (component tests), it runs here.
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

export function deriveKey(passphrase: string, kdf: KdfParams): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return Promise.resolve(deriveFromPassphrase(passphrase, kdf));
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
