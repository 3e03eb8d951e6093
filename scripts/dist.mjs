// Builds the installer for this computer's platform (Windows NSIS, macOS dmg, Linux AppImage and deb, as set in
// package.json "build"). It packs the Electron program on this computer, downloading it first when it is missing,
// and says plainly when that cannot be done instead of failing halfway. Extra arguments go to electron-builder
// (e.g. `npm run dist -- --linux deb`).
import { spawnSync } from 'node:child_process';
import { electronProgramOrDownload, explainMissingElectron } from './electronBinary.mjs';

const program = electronProgramOrDownload();
if (!program.distDir) {
  explainMissingElectron(program.version, 'build an installer here');
  process.exit(1);
}

const shell = process.platform === 'win32';
const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell });
if (built.status !== 0) {
  console.error('The app could not be built, so no installer was made. See the messages above.');
  process.exit(built.status ?? 1);
}

const packed = spawnSync(
  'npx',
  ['electron-builder', `--config.electronDist=${program.distDir}`, ...process.argv.slice(2)],
  { stdio: 'inherit', shell },
);
if (packed.status !== 0) console.error('The installer could not be made. See the messages above.');
else console.log('\nThe installer is in the release folder.');
process.exit(packed.status ?? 1);
