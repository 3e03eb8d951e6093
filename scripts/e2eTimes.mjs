// Sums the phase times an end-to-end run wrote with JOINEDUP_E2E_TIMES=<file> (tests/e2e/harness/phaseTimes.ts):
// `node scripts/e2eTimes.mjs <file>` prints each phase's count, total and mean, then each test's phases.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('Name the file the run wrote: node scripts/e2eTimes.mjs <file>');
  process.exit(1);
}
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

const byPhase = new Map();
const byTest = new Map();
for (const { phase, test, ms } of rows) {
  const sum = byPhase.get(phase) ?? { count: 0, ms: 0 };
  byPhase.set(phase, { count: sum.count + 1, ms: sum.ms + ms });
  const phases = byTest.get(test) ?? {};
  phases[phase] = (phases[phase] ?? 0) + ms;
  byTest.set(test, phases);
}
const seconds = (ms) => (ms / 1000).toFixed(1);
for (const [phase, { count, ms }] of [...byPhase].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(
    `${phase.padEnd(16)} ${String(count).padStart(4)}× ${seconds(ms).padStart(7)} s  mean ${seconds(ms / count)} s`,
  );
}
console.log('');
for (const [test, phases] of byTest) {
  const parts = Object.entries(phases).map(([phase, ms]) => `${phase} ${seconds(ms)} s`);
  console.log(`${test || '(before the tests)'}: ${parts.join(', ')}`);
}
