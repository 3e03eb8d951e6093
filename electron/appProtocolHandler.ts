/**
 * Serves the interface to the desktop window from app://joinedup instead of file://. The page then has an origin
 * of its own, so 'self' in the content security policy means the app's files only (under file:// it means any
 * local file), every response carries the policy as a real header, and only files inside the built renderer
 * folder can ever be read (the mapping is in appProtocol.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_SCHEME, resolveAppFile } from './appProtocol';
import { SECURITY_HEADERS } from './security';

/**
 * Must run before the app is ready, and only once (a second call replaces the first). Standard and secure give the
 * page a real origin where IndexedDB, module scripts and module workers work as on https, and fetch() works on
 * it. The code cache keeps the app's scripts compiled between starts, so a start does not parse them all again.
 * Nothing more: no CORS for other origins, no bypass of the content security policy.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Once the app is ready: answers every app:// request of the session from files inside `root`. */
export function serveAppFiles(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, root));
}

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The file asked for with its type and the security headers, or "not found" for anything refused or missing. */
export async function respondToAppRequest(
  request: Pick<Request, 'method' | 'url'>,
  root: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Not allowed');
  const file = resolveAppFile(request.url, root);
  if (!file) return refusal(404, 'Not found');
  let body: Uint8Array;
  try {
    body = await readFile(file.path);
  } catch {
    // Missing, a folder, or unreadable: the page sees the same answer whatever the reason.
    return refusal(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
  });
}
