// Runs Doyensec's Electronegativity over electron/ and fails on any HIGH or MEDIUM finding that is not in
// security/electronegativity-allowlist.json. The tool exits 0 whatever it finds, so its CSV report is read instead.
// It needs no network: it tries to fetch translations and Electron's release list, and carries on without them;
// the release-list check is switched off so results do not depend on the connection (Electron updates are a
// dependency matter, handled through npm).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';

const require = createRequire(import.meta.url);
const SCANNED_DIR = 'electron';
const ALLOWLIST_PATH = 'security/electronegativity-allowlist.json';
const FAILING = new Set(['HIGH', 'MEDIUM']);

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function toolPath() {
  const packageJson = require.resolve('@doyensec/electronegativity/package.json');
  return join(dirname(packageJson), readJson(packageJson).bin.electronegativity);
}

function loadAllowlist() {
  const entries = readJson(ALLOWLIST_PATH).entries;
  for (const entry of entries) {
    if (!entry.check || !entry.file || !entry.reason) {
      throw new Error(`Every entry in ${ALLOWLIST_PATH} needs a check, a file and a reason.`);
    }
  }
  return entries;
}

function runScan(electronVersion) {
  const outDir = mkdtempSync(join(tmpdir(), 'joinedup-scan-'));
  const csvPath = join(outDir, 'findings.csv');
  try {
    const args = [toolPath(), '-i', SCANNED_DIR, '-e', electronVersion, '-r', '-o', csvPath];
    args.push('-x', 'AvailableSecurityFixesGlobalCheck', '-v', 'false');
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300_000 });
    if (result.status !== 0 || !existsSync(csvPath)) {
      throw new Error(`Electronegativity did not finish.\n${result.stdout ?? ''}${result.stderr ?? ''}`);
    }
    const parsed = Papa.parse(readFileSync(csvPath, 'utf8'), {
      header: true,
      delimiter: ',',
      skipEmptyLines: true,
      transformHeader: (header) => header.trim(),
    });
    return parsed.data.map((row) => ({
      check: row.issue,
      severity: row.severity,
      confidence: row.confidence,
      file: `${SCANNED_DIR}/${row.filename}`,
      location: row.location,
      description: row.description,
    }));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const electronVersion = readJson(require.resolve('electron/package.json')).version;
const allowlist = loadAllowlist();
const findings = runScan(electronVersion);
const isAllowed = (finding) =>
  allowlist.some((entry) => entry.check === finding.check && entry.file === finding.file);

const failing = findings.filter((finding) => FAILING.has(finding.severity) && !isAllowed(finding));
const allowed = findings.filter((finding) => FAILING.has(finding.severity) && isAllowed(finding));
const minor = findings.filter((finding) => !FAILING.has(finding.severity));
const unused = allowlist.filter(
  (entry) => !findings.some((finding) => finding.check === entry.check && finding.file === entry.file),
);

const describe = (f) => `  ${f.severity} ${f.check} in ${f.file} at ${f.location}: ${f.description}`;
console.warn(
  `Electronegativity scan of ${SCANNED_DIR}/ for Electron ${electronVersion}: ${findings.length} findings.`,
);
if (allowed.length > 0) {
  console.warn('Reviewed and accepted (see the allow-list for why):');
  for (const finding of allowed) console.warn(describe(finding));
}
if (minor.length > 0) {
  console.warn('Low or informational, for information:');
  for (const finding of minor) console.warn(describe(finding));
}
if (unused.length > 0) {
  console.warn('Allow-list entries that no longer match any finding (remove them):');
  for (const entry of unused) console.warn(`  ${entry.check} in ${entry.file}`);
}
if (failing.length > 0) {
  console.error(
    `The security scan failed: ${failing.length} finding(s) need fixing or a reviewed allow-list entry:`,
  );
  for (const finding of failing) console.error(describe(finding));
  process.exit(1);
}
console.warn('The security scan passed.');
