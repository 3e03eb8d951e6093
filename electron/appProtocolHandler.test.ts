import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Protocol } from 'electron';
import { registerAppScheme, respondToAppRequest, serveAppFiles } from './appProtocolHandler';
import { SECURITY_HEADERS } from './security';

vi.mock('electron', () => ({ default: {} }));

const INDEX_HTML = '<!doctype html><title>Joined Up</title>';
const WORKER_JS = 'self.onmessage = () => undefined;';
const SECRET = 'the main process code, never for the page';

let dir: string;
let root: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'joinedup-app-protocol-'));
  root = join(dir, 'dist', 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'assets', 'bundleWorker-CrOwXo8c.js'), WORKER_JS);
  mkdirSync(join(dir, 'dist', 'electron'));
  writeFileSync(join(dir, 'dist', 'electron', 'main.mjs'), SECRET);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function get(url: string, method = 'GET') {
  return respondToAppRequest({ url, method }, root);
}

function expectSecurityHeaders(response: Response): void {
  const policy = response.headers.get('Content-Security-Policy') ?? '';
  expect(policy).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe');
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
}

describe('serving the interface from app://joinedup', () => {
  it('answers the index page as HTML, with the strict policy and no type guessing', async () => {
    const response = await get('app://joinedup/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('answers a module chunk in a sub-folder as JavaScript, so workers load from the same origin', async () => {
    const response = await get('app://joinedup/assets/bundleWorker-CrOwXo8c.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(WORKER_JS);
  });

  it('answers "not found", with the same policy, for a missing file or a way out of the folder', async () => {
    for (const url of [
      'app://joinedup/assets/missing-chunk.js',
      'app://joinedup/../electron/main.mjs',
      'app://joinedup/%2e%2e/%2e%2e/dist/electron/main.mjs',
      'app://joinedup/..%2f..%2fdist%2felectron%2fmain.mjs',
      'app://other/index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expectSecurityHeaders(response);
      expect(await response.text()).not.toContain(SECRET);
    }
  });

  it('only ever reads: a request to send data is refused', async () => {
    const response = await get('app://joinedup/index.html', 'POST');
    expect(response.status).toBe(405);
    expectSecurityHeaders(response);
  });
});

describe('registering app://', () => {
  it('declares a standard, secure scheme with fetch, and no other privilege', () => {
    const registerSchemesAsPrivileged = vi.fn<Protocol['registerSchemesAsPrivileged']>();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('answers app:// requests of the session from the renderer folder', async () => {
    const handle = vi.fn<Protocol['handle']>();
    serveAppFiles({ handle }, root);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = handle.mock.calls[0]?.[1];
    const response = await handler?.(new Request('app://joinedup/index.html'));
    expect(response?.status).toBe(200);
    expect(await response?.text()).toBe(INDEX_HTML);
  });
});
