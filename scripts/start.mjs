// Builds the app and opens it in Electron. When Electron's program has not been downloaded (installs made with
// ELECTRON_SKIP_BINARY_DOWNLOAD, or offline), it says so plainly and how to fix it, instead of failing obscurely.
// The path is worked out here rather than by require('electron'), which would try to download the program.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronProgram() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, version: null };
  }
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(packageDir, 'dist', relative)
      : null;
  return { path: candidate && existsSync(candidate) ? candidate : null, version };
}

function explainMissingElectron(version) {
  const lines = [
    '',
    'Joined Up cannot open as a desktop app yet: Electron’s program is not on this computer.',
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

const program = electronProgram();
if (!program.path) {
  explainMissingElectron(program.version);
  process.exit(1);
}

const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) {
  console.error('The app could not be built, so it was not started. See the messages above.');
  process.exit(built.status ?? 1);
}

const env = { ...process.env };
// If this is set, Electron would run as plain Node and never open a window.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(program.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('close', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 0);
});
