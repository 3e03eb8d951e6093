import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_ORIGIN, isAppIndexUrl, resolveAppFile } from './appProtocol';

const ROOT = '/opt/joined-up/resources/app.asar/dist/renderer';

describe('which file an app:// address may read', () => {
  it('is the app at app://joinedup/index.html', () => {
    expect(APP_ORIGIN).toBe('app://joinedup');
    expect(APP_INDEX_URL).toBe('app://joinedup/index.html');
  });

  it('serves the index page and a nested asset from the renderer folder, with their types', () => {
    expect(resolveAppFile(APP_INDEX_URL, ROOT)).toEqual({
      path: join(ROOT, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppFile('app://joinedup/assets/bundleWorker-CrOwXo8c.js', ROOT)).toEqual({
      path: join(ROOT, 'assets', 'bundleWorker-CrOwXo8c.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile('app://joinedup/assets/main-CDaOoEx_.css?v=1', ROOT)?.contentType).toBe(
      'text/css; charset=utf-8',
    );
    expect(resolveAppFile('app://joinedup/assets/font.woff2', ROOT)?.contentType).toBe('font/woff2');
    expect(resolveAppFile('app://joinedup/assets/main.js.map', ROOT)?.contentType).toBe('application/json');
  });

  it('refuses every spelling of a way out of the renderer folder', () => {
    const escapes = [
      'app://joinedup/../../../home/sam/secret.json',
      'app://joinedup/assets/../../electron/main.mjs',
      'app://joinedup/./index.html',
      'app://joinedup/%2e%2e/%2e%2e/home/sam/secret.json',
      'app://joinedup/%2E%2E/electron/main.mjs',
      'app://joinedup/.%2e/electron/main.mjs',
      'app://joinedup/..%2f..%2fhome%2fsam%2fsecret.json',
      'app://joinedup/assets%2F..%2F..%2Felectron%2Fmain.mjs',
      'app://joinedup/..\\..\\electron\\main.mjs',
      'app://joinedup/assets\\..\\..\\electron\\main.mjs',
      'app://joinedup/..%5c..%5celectron%5cmain.mjs',
      'app://joinedup/index.html%00.png',
    ];
    for (const url of escapes) expect(resolveAppFile(url, ROOT), url).toBeNull();
  });

  it('refuses absolute paths, drive letters and hidden files', () => {
    const refused = [
      'app://joinedup//etc/passwd.json',
      'app://joinedup/%2Fetc%2Fpasswd.json',
      'app://joinedup/C:/Windows/win.ini',
      'app://joinedup/C:%5CWindows%5Cwin.ini',
      'app://joinedup/.env.json',
      'app://joinedup/assets//main.js',
    ];
    for (const url of refused) expect(resolveAppFile(url, ROOT), url).toBeNull();
  });

  it('refuses other schemes, other hosts, ports and user names', () => {
    const refused = [
      `file://${ROOT}/index.html`,
      'https://joinedup/index.html',
      'app://other/index.html',
      'app://joinedup.evil.example/index.html',
      'app://JOINEDUP/index.html',
      'app://joinedup:8080/index.html',
      'app://sam@joinedup/index.html',
      'app:///index.html',
      'not an address',
    ];
    for (const url of refused) expect(resolveAppFile(url, ROOT), url).toBeNull();
  });

  it('refuses the bare origin, folders and kinds of file the app does not ship', () => {
    for (const url of [
      'app://joinedup/',
      'app://joinedup',
      'app://joinedup/assets',
      'app://joinedup/notes.txt',
    ]) {
      expect(resolveAppFile(url, ROOT), url).toBeNull();
    }
    expect(resolveAppFile('app://joinedup/setup.exe', ROOT)).toBeNull();
  });
});

describe('the page allowed to call the app', () => {
  it('is our index page whatever route or query it shows', () => {
    expect(isAppIndexUrl('app://joinedup/index.html')).toBe(true);
    expect(isAppIndexUrl('app://joinedup/index.html#/board')).toBe(true);
    expect(isAppIndexUrl('app://joinedup/index.html?x=1#/cases/1')).toBe(true);
  });

  it('is never a file:// copy, another host, or another page of ours', () => {
    expect(isAppIndexUrl(`file://${ROOT}/index.html`)).toBe(false);
    expect(isAppIndexUrl('app://other/index.html')).toBe(false);
    expect(isAppIndexUrl('app://joinedup:1/index.html')).toBe(false);
    expect(isAppIndexUrl('app://joinedup/assets/index.html')).toBe(false);
    expect(isAppIndexUrl('app://joinedup/')).toBe(false);
    expect(isAppIndexUrl('')).toBe(false);
  });
});
