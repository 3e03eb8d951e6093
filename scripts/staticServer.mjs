// A small static file server for the built renderer, bound to 127.0.0.1 only. Used by `npm run start:web` and by
// the end-to-end tests, so both serve the app exactly the same way.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * Vite names each built script and style after a hash of its contents (`assets/main-CWYvoblH.js`), so such a file
 * never changes under its name: the browser may keep it, and Chromium then keeps the script compiled too (its code
 * cache lives beside the HTTP cache), as the desktop app's window does for its own files (electron/appProtocolHandler.ts).
 * Anything else, index.html above all, is asked for afresh each time.
 * @param {string} base
 * @param {string} target
 */
function cachePolicy(base, target) {
  const hashed = target.startsWith(join(base, 'assets') + sep) && /-[A-Za-z0-9_-]{8}\.(js|css)$/.test(target);
  return hashed ? 'public, max-age=31536000, immutable' : 'no-store';
}

/**
 * Serves `root` on 127.0.0.1. Port 0 picks a free port. Resolves to the running server and its address.
 * @param {string} root
 * @param {number} [port]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const target = normalize(join(base, pathname === '/' ? 'index.html' : pathname));
      if (target !== base && !target.startsWith(base + sep)) {
        response.writeHead(403).end('Not allowed');
        return;
      }
      const info = await stat(target).catch(() => null);
      if (!info?.isFile()) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': cachePolicy(base, target),
      });
      createReadStream(target).pipe(response);
    } catch {
      response.writeHead(400).end('Bad request');
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
