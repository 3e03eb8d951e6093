import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOT_FOUND, canInstallDebianChromium, findChromium } from './chromium.mjs';

let dir: string;
const none = async () => null;

function program(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'joinedup-chromium-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('finding the browser for the end-to-end tests', () => {
  it('finds Chromium or Chrome on the PATH', async () => {
    const chrome = program('google-chrome');
    await expect(
      findChromium({ env: { PATH: dir }, platform: 'linux', fromPlaywright: none }),
    ).resolves.toEqual({
      path: chrome,
    });
  });

  it('takes the program CHROMIUM_PATH names over any on the PATH', async () => {
    program('chromium');
    const named = program('my-chromium');
    const found = await findChromium({ env: { PATH: dir, CHROMIUM_PATH: named }, fromPlaywright: none });
    expect(found.path).toBe(named);
  });

  it('says in one line what to run when there is none, and names a CHROMIUM_PATH that is not a program', async () => {
    const missing = await findChromium({ env: { PATH: dir }, platform: 'linux', fromPlaywright: none });
    expect(missing).toEqual({ path: null, problem: NOT_FOUND });
    expect(NOT_FOUND).not.toContain('\n');
    const wrong = await findChromium({ env: { CHROMIUM_PATH: join(dir, 'nothing') }, fromPlaywright: none });
    expect(wrong.problem).toContain(join(dir, 'nothing'));
  });

  it('installs Debian’s Chromium by itself only as root, with apt-get to hand', () => {
    program('apt-get');
    expect(canInstallDebianChromium({ env: { PATH: dir }, uid: 1000 })).toBe(false);
    expect(canInstallDebianChromium({ env: { PATH: join(dir, 'empty') }, uid: 0 })).toBe(false);
  });
});
