import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The renderer is a static site: relative paths so it loads from app://joinedup in Electron and from any folder in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(version),
    // Only a benchmark build may open a database without sealing it (renderer/db/plainForBench.ts).
    'import.meta.env.VITE_BENCH': JSON.stringify(process.env.JOINEDUP_BENCH === '1' ? '1' : '0'),
  },
  build: {
    outDir: '../dist/renderer',
    // Benchmark builds add the bench page; the app's own build never contains it.
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        ...(process.env.JOINEDUP_BENCH === '1'
          ? { bench: fileURLToPath(new URL('./renderer/bench/index.html', import.meta.url)) }
          : {}),
      },
    },
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2023',
  },
  worker: { format: 'es' },
});
