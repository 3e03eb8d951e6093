// `node scripts/profileSummary.mjs FILE.cpuprofile [N]`: the functions that took the most time in a CPU profile,
// by their own time and by their total time, so a slow bench phase can be read without DevTools.
import { readFileSync } from 'node:fs';

const [file, top = '30'] = process.argv.slice(2);
if (!file) {
  console.error('Name a .cpuprofile file.');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const selfTime = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, index) => {
  selfTime.set(id, (selfTime.get(id) ?? 0) + (deltas[index] ?? 0) / 1000);
});
const label = (node) => {
  const frame = node.callFrame;
  const where = frame.url ? frame.url.split('/').pop() : '';
  return `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
};
const bySelf = new Map();
const byTotal = new Map();
for (const [id, ms] of selfTime) {
  const node = nodes.get(id);
  bySelf.set(label(node), (bySelf.get(label(node)) ?? 0) + ms);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = label(nodes.get(at));
    if (seen.has(name)) continue;
    seen.add(name);
    byTotal.set(name, (byTotal.get(name) ?? 0) + ms);
  }
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
  }
};
print('Own time', bySelf);
print('Total time', byTotal);
