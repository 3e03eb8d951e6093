// Builds the app and opens it in Electron, downloading Electron's program first if this computer does not have it
// yet. Where it cannot (ELECTRON_SKIP_BINARY_DOWNLOAD is set, or offline), it says so plainly and how to fix it,
// instead of failing obscurely.
import { spawn, spawnSync } from 'node:child_process';
import { electronProgramOrDownload, explainMissingElectron } from './electronBinary.mjs';

const program = electronProgramOrDownload();
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
