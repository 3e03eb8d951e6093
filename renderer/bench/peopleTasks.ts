/**
 * People benchmark tasks, run inside Chromium on the bench page: the "Who can help with…" ranking alone, over the
 * seeded team's members and agencies read from IndexedDB, one measurement per keystroke of each query.
 */
import { buildSearchIndex, searchPeople } from '../../shared/people/search';
import { byId } from '../../shared/people/members';
import { openTeamDb } from '../db/teamDb';

export const peopleTasks = {
  async peopleSearchTimes(
    teamId: string,
    queries: readonly string[],
  ): Promise<{ members: number; agencies: number; indexMs: number; keystrokeMs: number[] }> {
    const db = openTeamDb(teamId);
    const members = (await db.rows('members').toArray()).filter((row) => !row.deleted);
    const agencies = (await db.rows('agencies').toArray()).filter((row) => !row.deleted);
    const indexStarted = performance.now();
    const index = buildSearchIndex(members, byId(agencies));
    const indexMs = performance.now() - indexStarted;
    const keystrokeMs: number[] = [];
    for (const query of queries) {
      for (let length = 1; length <= query.length; length += 1) {
        const started = performance.now();
        searchPeople(index, query.slice(0, length));
        keystrokeMs.push(performance.now() - started);
      }
    }
    return { members: members.length, agencies: agencies.length, indexMs, keystrokeMs };
  },
};
