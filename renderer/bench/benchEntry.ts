/**
 * The bench page's script: exposes each area's benchmark functions on `window.joinedUpBench`, so benchmarks in
 * bench/ can run them inside Chromium against real IndexedDB. Only built when JOINEDUP_BENCH=1.
 */
import { benchTasks } from './benchTasks';

declare global {
  interface Window {
    joinedUpBench?: typeof benchTasks;
  }
}

window.joinedUpBench = benchTasks;
