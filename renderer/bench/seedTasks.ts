/**
 * Loads a generated team of a chosen size into this browser's IndexedDB and makes it the open team, so a
 * benchmark can then open the app on it.
 */
import { generateTeam } from '../../shared/demo/generateTeam';
import type { DemoSize } from '../../shared/demo/generateTeam';
import { defaultSettings } from '../../shared/api/settings';
import { addTeam } from '../db/pcDb';
import { openTeamDb } from '../db/teamDb';
import { loadGeneratedTeam } from '../db/teams';
import { rememberUnlocked } from '../app/access/unlockMemory';

export const seedTasks = {
  async seedTeam(
    size: Partial<DemoSize>,
  ): Promise<{ teamId: string; leaderId: string; records: number; ms: number }> {
    const started = performance.now();
    const demo = generateTeam({ size, seed: 7 });
    const settings = defaultSettings();
    await loadGeneratedTeam(openTeamDb(demo.teamId), demo, settings.deviceId);
    await addTeam({
      id: demo.teamId,
      name: 'Benchmark team',
      passphrase: 'benchmark passphrase',
      currentPersonId: demo.leaderId,
      iterations: 1000,
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
