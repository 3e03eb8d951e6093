// Where Electron's own program is on this computer, worked out without require('electron') (which would try to
// download it), and the plain explanation to print when it is missing. Used by `npm start` and `npm run dist`.
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

/** Prints why the desktop app cannot be made or opened here, and what to do. `task` finishes "Joined Up cannot …". */
export function explainMissingElectron(version, task = 'open as a desktop app yet') {
  const lines = [
    '',
    `Joined Up cannot ${task}: Electron’s program is not on this computer.`,
    `The Electron package${version ? ` (version ${version})` : ''} is installed, but the program it runs was not downloaded`,
    '(for example because ELECTRON_SKIP_BINARY_DOWNLOAD was set, or there was no internet connection).',
    '',
    'To get it, with internet access, either:',
    '  node node_modules/electron/install.js',
    'or reinstall without ELECTRON_SKIP_BINARY_DOWNLOAD set:',
    '  npm install',
    '',
    'Meanwhile the same app runs in a web browser:',
    '  npm run start:web',
    '',
  ];
  console.error(lines.join('\n'));
}
