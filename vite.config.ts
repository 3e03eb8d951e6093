import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a static site: relative paths so it loads from file:// in Electron and from any folder in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2023',
  },
  worker: { format: 'es' },
});
