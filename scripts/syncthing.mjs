// The Syncthing the team folder's real-engine test runs (tests/integration/folder/syncthing.test.ts). `npm test`
// runs this first, as it does scripts/chromium.mjs: it finds `syncthing` on this computer, or installs Debian's
// when it runs as root on Debian (a fresh CI machine), or stops at once with one line saying what to run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { canInstallDebianChromium } from './chromium.mjs';

export const NOT_FOUND =
  'The team folder test needs Syncthing: install it ("apt-get install -y syncthing" on Debian, or from syncthing.net).';

function hasSyncthing() {
  return spawnSync('syncthing', ['--version'], { stdio: 'ignore' }).status === 0;
}

function installDebianSyncthing() {
  console.log('Installing Debian’s Syncthing for the team folder test (apt-get install -y syncthing)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'syncthing'],
  ]) {
    if (spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status !== 0)
      return false;
  }
  return true;
}

/** True when Syncthing is here, installing Debian's where that is allowed; otherwise says what to run. */
export function ensureSyncthing() {
  // Root on Debian with apt-get: the same test as for installing Chromium.
  if (hasSyncthing() || (canInstallDebianChromium() && installDebianSyncthing() && hasSyncthing()))
    return true;
  console.error(NOT_FOUND);
  return false;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!ensureSyncthing()) process.exit(1);
}
