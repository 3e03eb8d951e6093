/**
 * Loads a generated team of a chosen size into this browser's IndexedDB and makes it the open team, so a
 * benchmark can then open the app on it.
 */
import { generateTeam } from '../../shared/demo/generateTeam';
import type { DemoSize } from '../../shared/demo/generateTeam';
import { defaultSettings } from '../../shared/api/settings';
import { holdTeamKey } from '../db/keys/heldKeys';
import { wrapWithPassphrase } from '../db/keys/newTeamKey';
import { addTeam } from '../db/pcDb';
import { openTeamDb } from '../db/teamDb';
import { setPlainForBench } from '../db/plainForBench';
import { DEMO_PASSPHRASE, loadGeneratedTeam } from '../db/teams';
import { rememberUnlocked } from '../app/access/unlockMemory';

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner: unknown = Reflect.get(error, 'inner');
  return `${error.name}: ${error.message}${inner === undefined || inner === null ? '' : ` (${describe(inner)})`}`;
}

/** Rows per transaction, so a whole authority's million records are never held in one. */
const ROWS_PER_WRITE = 20_000;

export const seedTasks = {
  /** `plain`: the team's database is not sealed, the baseline the sealed one is measured against. */
  async seedTeam(
    size: Partial<DemoSize>,
    plain = false,
  ): Promise<{ teamId: string; leaderId: string; records: number; ms: number }> {
    const started = performance.now();
    const demo = generateTeam({ size, seed: 7 });
    const settings = defaultSettings();
    // Opened like the demo team, by its known passphrase, so the app on the same origin opens it without typing. The
    // lightest work factor: the benches measure the team's screens, and a team this PC's login keeps opens with no
    // derivation at all (a typed passphrase's derivation is measured apart).
    const { key, wrappedKey } = await wrapWithPassphrase(demo.teamId, DEMO_PASSPHRASE, 1);
    holdTeamKey(demo.teamId, key, DEMO_PASSPHRASE);
    setPlainForBench(plain ? demo.teamId : null);
    await loadGeneratedTeam(openTeamDb(demo.teamId), demo, settings.deviceId, ROWS_PER_WRITE).catch(
      (error: unknown) => {
        // Said in full: the bench's report shows only the message, and IndexedDB's own errors carry the cause.
        throw new Error(`The generated team could not be stored: ${describe(error)}`);
      },
    );
    await addTeam({
      id: demo.teamId,
      name: 'Benchmark team',
      wrappedKey,
      currentPersonId: demo.leaderId,
      demo: true,
    });
    localStorage.setItem('joinedup.settings', JSON.stringify({ ...settings, lastTeamId: demo.teamId }));
    // Benchmarks measure the team's screens, not signing in: the leader is already signed in in this tab.
    rememberUnlocked({ teamId: demo.teamId, personId: demo.leaderId });
    const records = Object.values(demo.rows).reduce((sum, rows) => sum + rows.length, 0);
    return {
      teamId: demo.teamId,
      leaderId: demo.leaderId,
      records,
      ms: Math.round(performance.now() - started),
    };
  },
};
