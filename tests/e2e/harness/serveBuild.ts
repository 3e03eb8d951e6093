// The global set-up the end-to-end tests and the benchmarks share: find Chromium, build the app into a private
// folder under dist/ (two runs on one machine then never overwrite each other's build) and serve it on a free port
// on 127.0.0.1. Each caller says how to build and which name the served address is provided under.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/staticServer.mjs';
import { findChromium } from '../../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

/** Builds with `build(outDir)` and serves the result; returns the teardown Vitest runs after the last file. */
export async function serveBuild(
  project: TestProject,
  options: {
    folderPrefix: string;
    provideUrlAs: 'baseUrl' | 'benchUrl';
    build: (outDir: string) => Promise<unknown>;
  },
): Promise<() => Promise<void>> {
  // Fail here, loudly and in one line, rather than let every test skip: a test skipped is a test not run.
  const chromium = await findChromium();
  if (!chromium.path) throw new Error(chromium.problem);
  project.provide('chromiumPath', chromium.path);
  // A fresh checkout has no dist/ yet.
  await mkdir('dist', { recursive: true });
  const outDir = await mkdtemp(join(process.cwd(), 'dist', options.folderPrefix));
  await options.build(outDir);
  const server = await serveStatic(outDir);
  project.provide(options.provideUrlAs, server.url);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
