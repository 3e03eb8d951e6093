import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './staticServer.mjs';

let root = '';
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'joinedup-serve-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Joined Up</title>');
  await writeFile(join(root, 'assets', 'main-CWYvoblH.js'), 'export {};');
  await writeFile(join(root, 'assets', 'notes.js'), 'export {};');
  server = await serveStatic(root);
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const cacheControl = async (path: string) =>
  (await fetch(new URL(path, server.url))).headers.get('cache-control');

describe('serving the built app', () => {
  it('lets the browser keep a built script named after its contents, so it stays compiled between openings', async () => {
    expect(await cacheControl('assets/main-CWYvoblH.js')).toBe('public, max-age=31536000, immutable');
  });

  it('asks for the page itself, and any file not named after its contents, afresh each time', async () => {
    expect(await cacheControl('/')).toBe('no-store');
    expect(await cacheControl('assets/notes.js')).toBe('no-store');
  });
});
