/**
 * Making and checking password verifiers, in a worker where the platform has one (so the sign-in screen keeps
 * answering while scrypt works), or on this thread otherwise (component tests). One worker serves the window and
 * is made on first use.
 */
import {
  PASSWORD_COST,
  makeVerifier,
  verifierMatches,
  type PasswordCost,
  type PasswordVerifier,
} from '../../../../shared/access/password';

export type PasswordRequest =
  | { id: number; kind: 'make'; password: string; cost: PasswordCost }
  | { id: number; kind: 'check'; verifier: PasswordVerifier; password: string };

export type PasswordReply =
  | { id: number; kind: 'made'; verifier: PasswordVerifier }
  | { id: number; kind: 'checked'; matches: boolean }
  | { id: number; kind: 'failed' };

type Body = PasswordRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, (reply: PasswordReply) => void>();

function ask(body: Body): Promise<PasswordReply> {
  if (typeof Worker === 'undefined') {
    // A pause first, so the page can show that it is checking before the thread is busy.
    return new Promise((resolve) =>
      setTimeout(() => {
        resolve(
          body.kind === 'make'
            ? { id: 0, kind: 'made', verifier: makeVerifier(body.password, body.cost) }
            : { id: 0, kind: 'checked', matches: verifierMatches(body.verifier, body.password) },
        );
      }, 0),
    );
  }
  if (!worker) {
    worker = new Worker(new URL('./passwordWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<PasswordReply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    });
  }
  next += 1;
  const id = next;
  const running = worker;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    running.postMessage({ ...body, id } satisfies PasswordRequest);
  });
}

/** A verifier for a new password. Tests pass a light cost; the app keeps the team files' cost. */
export async function makePasswordVerifier(
  password: string,
  cost: PasswordCost = PASSWORD_COST,
): Promise<PasswordVerifier> {
  const reply = await ask({ kind: 'make', password, cost });
  if (reply.kind !== 'made') throw new Error('The password could not be prepared.');
  return reply.verifier;
}

export async function passwordMatches(verifier: PasswordVerifier, password: string): Promise<boolean> {
  const reply = await ask({ kind: 'check', verifier, password });
  if (reply.kind !== 'checked') throw new Error('The password could not be checked.');
  return reply.matches;
}
