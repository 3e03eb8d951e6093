/**
 * The bench page's script: exposes each area's benchmark functions on `window.joinedUpBench`, so benchmarks in
 * bench/ can run them inside Chromium against real IndexedDB. Only built when JOINEDUP_BENCH=1.
 */
import { unlockWithoutTyping } from '../db/keys/teamUnlock';
import { listTeams } from '../db/pcDb';
import { benchTasks } from './benchTasks';

declare global {
  interface Window {
    joinedUpBench?: typeof benchTasks;
  }
}

// A bench page opened again after seeding holds no key: it opens the generated teams as the app opens the demo
// team, by their known passphrase, before any task may read them.
void (async () => {
  for (const team of await listTeams()) await unlockWithoutTyping(team);
  window.joinedUpBench = benchTasks;
})();
