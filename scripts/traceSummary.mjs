// `node scripts/traceSummary.mjs FILE.trace.json`: where the page's main thread spent its time in a timeline trace
// (scripts, style, layout, paint…), by event name, so a slow bench phase can be read without DevTools.
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
if (!file) {
  console.error('Name a .trace.json file.');
  process.exit(2);
}
const trace = JSON.parse(readFileSync(file, 'utf8'));
const events = Array.isArray(trace) ? trace : trace.traceEvents;
const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
const onMain = events.filter(
  (event) => event.ph === 'X' && event.dur && (!main || (event.pid === main.pid && event.tid === main.tid)),
);
const totals = new Map();
for (const event of onMain) totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
}
