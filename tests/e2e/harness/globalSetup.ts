// Builds the renderer once into a folder of its own and serves it on a free port on 127.0.0.1 for every
// end-to-end test.
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { timed } from './phaseTimes';
import { serveBuild } from './serveBuild';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default function setup(project: TestProject) {
  return serveBuild(project, {
    folderPrefix: 'e2e-',
    provideUrlAs: 'baseUrl',
    build: (outDir) =>
      timed('build', () =>
        build({
          configFile: 'vite.config.ts',
          logLevel: 'warn',
          build: { outDir, emptyOutDir: true, sourcemap: false },
        }),
      ),
  });
}
