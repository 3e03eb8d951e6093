// Builds the app with its bench page into a private folder and serves it on 127.0.0.1 for the benchmarks.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/staticServer.mjs';
import { findChromium } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    benchUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromium = await findChromium();
  if (!chromium.path) throw new Error(chromium.problem);
  project.provide('chromiumPath', chromium.path);
  await mkdir('dist', { recursive: true });
  const outDir = await mkdtemp(join(process.cwd(), 'dist', 'bench-'));
  process.env.JOINEDUP_BENCH = '1';
  // Vitest sets NODE_ENV to "test", and Vite then bundles React's development build, which is several times
  // slower than what people run. The benchmarks measure the production build, as `npm run build` makes it.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    // A profile (JOINEDUP_BENCH_PROFILE) needs readable function names, so that build is not minified.
    build: { outDir, emptyOutDir: true, sourcemap: false, minify: !process.env.JOINEDUP_BENCH_PROFILE },
  }).finally(() => {
    process.env.NODE_ENV = testEnv;
  });
  const server = await serveStatic(outDir);
  project.provide('benchUrl', server.url);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
