/**
 * A worker that derives a key from a passphrase (scrypt, about 0.7 s and 128 MiB): the interface keeps answering
 * meanwhile, and the memory goes with the worker when it ends (deriveKey.ts starts one per derivation).
 */
import { deriveFromPassphrase, type KdfParams } from '../../../shared/keys/teamKey';

export interface DeriveRequest {
  passphrase: string;
  kdf: KdfParams;
}

export type DeriveReply = { ok: true; key: Uint8Array } | { ok: false };

self.addEventListener('message', (event: MessageEvent<DeriveRequest>) => {
  try {
    const key = deriveFromPassphrase(event.data.passphrase, event.data.kdf);
    self.postMessage({ ok: true, key } satisfies DeriveReply, { transfer: [key.buffer] });
  } catch {
    self.postMessage({ ok: false } satisfies DeriveReply);
  }
});
