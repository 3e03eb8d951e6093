/**
 * The app:// address the desktop window loads the interface from, and which file inside the built renderer
 * folder a request for it may read. Pure (no Electron, no disk), so every refusal can be tested in Node.
 *
 * The origin must never change once a release has shipped: IndexedDB is kept per origin, so a new scheme or host
 * would leave every team's records behind, invisible to the app (see docs/decisions/0002-electron-hardening.md).
 */
import { extname, isAbsolute, relative, resolve } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'joinedup';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
const INDEX_PATH = '/index.html';
/** The one page the window shows, and the only page allowed to call the app API. */
export const APP_INDEX_URL = `${APP_ORIGIN}${INDEX_PATH}`;

/**
 * What `vite build` emits into dist/renderer, and a few kinds it could reasonably add. Anything else is refused,
 * so an unexpected file is never served with a guessed type.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Bundled file names are letters, digits and a little punctuation; a leading dot would allow "." and "..". */
const SAFE_SEGMENT = /^[\w@+~-][\w.@+~-]*$/;

/** Encoded dots, slashes, backslashes and NUL: never in our own file names, only in attempts to escape. */
const ENCODED_ESCAPE = /%(2e|2f|5c|00)/i;

export interface AppFile {
  /** Absolute path inside the renderer folder. */
  path: string;
  contentType: string;
}

/** Parses `url` only if it is on the app's own origin: no other host, no port, no user name. */
function parseAppUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const ours =
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '';
  return ours ? parsed : null;
}

/** True for the app's index page, whatever #route or ?query follows; false for file:// or any other host. */
export function isAppIndexUrl(url: string): boolean {
  const parsed = parseAppUrl(url);
  return parsed !== null && parsed.pathname === INDEX_PATH;
}

/**
 * The file a request for `url` may read inside `root`, or null to refuse it (answered as "not found"). Refused:
 * another scheme or host; "." or ".." segments however spelled (plain, percent-encoded, with backslashes);
 * empty segments, which would make an absolute path; drive letters; names outside the safe set; anything that
 * resolves outside `root`; and file kinds the app does not ship.
 */
export function resolveAppFile(url: string, root: string): AppFile | null {
  // Checked on the raw text: URL parsing would quietly resolve "/a/../b" and "%2e%2e" before we could see them.
  const rawPath = url.split(/[?#]/, 1)[0] ?? '';
  if (rawPath.includes('\\') || ENCODED_ESCAPE.test(rawPath)) return null;
  if (rawPath.split('/').some((segment) => segment === '.' || segment === '..')) return null;

  const parsed = parseAppUrl(url);
  if (!parsed) return null;
  const segments: string[] = [];
  for (const encoded of parsed.pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (!SAFE_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }

  const base = resolve(root);
  const path = resolve(base, ...segments);
  const inside = relative(base, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;

  const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
  return contentType ? { path, contentType } : null;
}
