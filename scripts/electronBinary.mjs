// Where Electron's own program is on this computer, worked out without require('electron') (which would download
// it unasked), fetching it with Electron's own installer when it is missing, and the plain explanation to print
// when that cannot be done. Used by `npm start` and `npm run dist`. Since Electron 42 `npm ci` no longer downloads
// the program (the package has no install script), so the first start does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** { path, distDir, version }: path and distDir are null when the program has not been downloaded. */
export function electronProgram() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, distDir: null, version: null };
  }
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const distDir = override ?? join(packageDir, 'dist');
  const candidate = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(distDir, relative)
      : null;
  const found = candidate !== null && existsSync(candidate);
  return { path: found ? candidate : null, distDir: found ? distDir : null, version };
}

/**
 * Downloads Electron's program with Electron's own installer (node_modules/electron/install.js, as
 * `npx install-electron` runs it). False, without trying, when ELECTRON_SKIP_BINARY_DOWNLOAD is set; false when the
 * download fails (offline, or the download host cannot be reached), after the installer has said why.
 */
export function downloadElectronProgram() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return false;
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    return false;
  }
  console.log('Downloading Electron’s program, once for this computer (about 100 MB)…');
  return spawnSync(process.execPath, [installer], { stdio: 'inherit' }).status === 0;
}

/** Electron's program, downloading it first when it is missing and downloads are allowed. */
export function electronProgramOrDownload() {
  const program = electronProgram();
  if (program.path || !downloadElectronProgram()) return program;
  return electronProgram();
}

/** Prints why the desktop app cannot be made or opened here, and what to do. `task` finishes "Joined Up cannot …". */
export function explainMissingElectron(version, task = 'open as a desktop app yet') {
  const lines = [
    '',
    `Joined Up cannot ${task}: Electron’s program is not on this computer.`,
    `The Electron package${version ? ` (version ${version})` : ''} is installed, but the program it runs could not be downloaded`,
    '(because ELECTRON_SKIP_BINARY_DOWNLOAD is set, or there is no internet connection).',
    '',
    'To get it, with internet access:',
    '  npx install-electron --no',
    '',
    'Meanwhile the same app runs in a web browser:',
    '  npm run start:web',
    '',
  ];
  console.error(lines.join('\n'));
}
