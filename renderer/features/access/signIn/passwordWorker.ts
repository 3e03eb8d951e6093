/**
 * Works out password verifiers off the interface thread: scrypt at the team files' cost takes about a second and
 * 128 MiB, which would freeze the sign-in screen. Receives a password, answers with a verifier or a yes or no.
 */
import { makeVerifier, verifierMatches } from '../../../../shared/access/password';
import type { PasswordReply, PasswordRequest } from './passwordRunner';

self.addEventListener('message', (event: MessageEvent<PasswordRequest>) => {
  const request = event.data;
  try {
    const reply: PasswordReply =
      request.kind === 'make'
        ? { id: request.id, kind: 'made', verifier: makeVerifier(request.password, request.cost) }
        : { id: request.id, kind: 'checked', matches: verifierMatches(request.verifier, request.password) };
    self.postMessage(reply);
  } catch {
    self.postMessage({ id: request.id, kind: 'failed' } satisfies PasswordReply);
  }
});
