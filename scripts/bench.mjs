// `npm run bench [-- NAME ...]`: runs every benchmark in bench/, or the named ones, and prints JSON lines.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const names = process.argv.slice(2);
const available = readdirSync('bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''));
const unknown = names.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`No benchmark called ${unknown.join(', ')}. Available: ${available.join(', ') || 'none'}.`);
  process.exit(2);
}
const files = (names.length > 0 ? names : available)
  .map((name) => `bench/${name}.bench.ts`)
  .filter(existsSync);
if (files.length === 0) {
  console.error('There are no benchmarks yet.');
  process.exit(2);
}
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', ...files], {
  stdio: 'inherit',
  env: { ...process.env, JOINEDUP_BENCH: '1' },
});
process.exit(result.status ?? 1);
