// Bundles the Electron main process (ESM) and the preload (one CommonJS file, as sandboxed preloads must be).
// Everything except Electron itself is bundled in, so the packaged app needs no node_modules at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const nodeTarget = 'node22';
const shared = {
  bundle: true,
  platform: 'node',
  target: nodeTarget,
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({
    ...shared,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    // Some bundled CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  }),
  build({
    ...shared,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    target: 'chrome140',
  }),
]);

console.warn(`Built the desktop shell for Electron ${electronVersion} into dist/electron.`);
