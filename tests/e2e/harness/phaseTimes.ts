// Where the end-to-end time goes: with JOINEDUP_E2E_TIMES=<file>, each timed phase (a browser starting, a fresh PC,
// setting up a team, opening the demo team, an accessibility scan) appends one JSON line to that file;
// `node scripts/e2eTimes.mjs <file>` sums them. Without the variable nothing is written.
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';

const file = process.env.JOINEDUP_E2E_TIMES;

export async function timed<T>(phase: string, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  const started = performance.now();
  try {
    return await run();
  } finally {
    const ms = Math.round(performance.now() - started);
    const test = expect.getState().currentTestName ?? '';
    appendFileSync(file, `${JSON.stringify({ phase, test, ms })}\n`);
  }
}
