// Builds the renderer once into a folder of its own and serves it on a free port on 127.0.0.1 for every
// end-to-end test. A private folder lets two test runs on one machine build without overwriting each other.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/staticServer.mjs';
import { findChromium } from '../../../scripts/chromium.mjs';
import { timed } from './phaseTimes';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  // Fail here, loudly and in one line, rather than let every test skip: a test skipped is a test not run.
  const chromium = await findChromium();
  if (!chromium.path) throw new Error(chromium.problem);
  project.provide('chromiumPath', chromium.path);
  // A fresh checkout has no dist/ yet.
  await mkdir('dist', { recursive: true });
  const outDir = await mkdtemp(join(process.cwd(), 'dist', 'e2e-'));
  await timed('build', () =>
    build({
      configFile: 'vite.config.ts',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    }),
  );
  const server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
