import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveFromPassphrase, newKdf } from '../../../shared/keys/teamKey';
import { deriveKey } from './deriveKey';

/** A worker that is never started: a derivation that asks for one waits on it for ever. */
class WorkerStandIn {
  static started = 0;
  constructor() {
    WorkerStandIn.started += 1;
  }
  addEventListener(): void {}
  postMessage(): void {}
  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  WorkerStandIn.started = 0;
});

describe('deriving the key that opens a team', () => {
  it('derives a light key here, with no worker to start, and gets the same key a worker would', async () => {
    vi.stubGlobal('Worker', WorkerStandIn);
    const kdf = newKdf(10);
    expect(await deriveKey('joined-up-demo', kdf)).toEqual(deriveFromPassphrase('joined-up-demo', kdf));
    expect(WorkerStandIn.started).toBe(0);
  });

  it('derives a team passphrase’s key in a worker, so the screen keeps answering', () => {
    vi.stubGlobal('Worker', WorkerStandIn);
    void deriveKey('a team passphrase', newKdf(17));
    expect(WorkerStandIn.started).toBe(1);
  });
});
