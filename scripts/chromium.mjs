// The Chromium the end-to-end tests drive. `npm test` runs this first: it finds a Chromium or Chrome on this
// computer, or installs Debian's when it runs as root on Debian (as .ci/run does on a fresh machine), or stops at
// once with one line saying what to run. The e2e harness uses findChromium() to pick the same program.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const INSTALLED = {
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
    join(process.env.LOCALAPPDATA ?? '', 'Google', 'Chrome', 'Application', 'chrome.exe'),
  ],
};

export const NOT_FOUND =
  'The end-to-end tests need Chromium and none was found: run "npx playwright-core install chromium" ' +
  '(or "apt-get install -y chromium" on Debian), or set CHROMIUM_PATH to a Chromium or Chrome program.';

function isProgram(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium playwright-core installs with "npx playwright-core install chromium", when it is there. */
async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return isProgram(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * `{ path }` of the browser to drive, or `{ path: null, problem }` in one line. CHROMIUM_PATH wins when set;
 * otherwise the first Chromium or Chrome on the PATH, in the usual places, or installed by playwright-core.
 */
export async function findChromium({
  env = process.env,
  platform = process.platform,
  fromPlaywright = playwrightChromium,
} = {}) {
  if (env.CHROMIUM_PATH) {
    return isProgram(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH }
      : {
          path: null,
          problem: `CHROMIUM_PATH names ${env.CHROMIUM_PATH}, which is not a program here: point it at Chromium or Chrome, or unset it.`,
        };
  }
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => NAMES.map((name) => join(dir, platform === 'win32' ? `${name}.exe` : name)));
  const found = [...onPath, ...(INSTALLED[platform] ?? [])].find(isProgram) ?? (await fromPlaywright());
  return found ? { path: found } : { path: null, problem: NOT_FOUND };
}

/** Whether this machine may install Debian's Chromium by itself: root, on Debian, with apt-get. */
export function canInstallDebianChromium({ env = process.env, uid = process.getuid?.() } = {}) {
  const hasAptGet = (env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && isProgram(join(dir, 'apt-get')));
  return uid === 0 && existsSync('/etc/debian_version') && hasAptGet;
}

function installDebianChromium() {
  console.log('Installing Debian’s Chromium for the end-to-end tests (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) return false;
  }
  return true;
}

/** Finds Chromium, installing Debian's where that is allowed; returns the path, or null after saying what to run. */
export async function ensureChromium() {
  let found = await findChromium();
  if (!found.path && !process.env.CHROMIUM_PATH && canInstallDebianChromium()) {
    if (installDebianChromium()) found = await findChromium();
  }
  if (!found.path) console.error(found.problem ?? NOT_FOUND);
  return found.path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = await ensureChromium();
  if (!path) process.exit(1);
  console.log(`Chromium for the end-to-end tests: ${path}`);
}
