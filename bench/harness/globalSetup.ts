// Builds the app with its bench page into a private folder and serves it on 127.0.0.1 for the benchmarks.
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../tests/e2e/harness/serveBuild';

declare module 'vitest' {
  export interface ProvidedContext {
    benchUrl: string;
  }
}

export default function setup(project: TestProject) {
  process.env.JOINEDUP_BENCH = '1';
  return serveBuild(project, {
    folderPrefix: 'bench-',
    provideUrlAs: 'benchUrl',
    build: async (outDir) => {
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
    },
  });
}
