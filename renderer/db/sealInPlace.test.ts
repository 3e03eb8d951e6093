import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/sync/record';
import { allStoredText, makePlainTeamDb, rawIndexNames, readRaw } from '../../tests/factories/rawIndexedDb';
import { makeCase, makeColumn, makeMember, makeTeamRecord, makeView } from '../../tests/factories/records';
import { SEALED_FIELD } from './atRest';
import { BOARD_CHANGE_PREFIX } from './meta';
import { TeamDb, teamDbName } from './teamDb';

const CHILD = 'Lily Hartwell';
const VIEW = 'Mum said she is scared of her ex-partner coming back';
const MEMBER = 'Priya Ramaswamy';
const SENDER = 'Tomasz Wieczorek';

/** A team database as the app stored it before records were locked: plain records and a plain board snapshot. */
async function plainTeam() {
  const teamId = newId();
  const column = makeColumn();
  const child = makeCase({ displayName: CHILD, columnId: column.id });
  const rows = {
    team: [makeTeamRecord({ id: teamId, name: 'Riverside Family Team' })],
    boardColumns: [column],
    members: [makeMember({ name: MEMBER, skills: ['Makaton signing'] })],
    cases: [child],
    views: [makeView({ caseId: child.id, text: VIEW })],
    // A file held back for a clock ahead keeps its unlocked contents and who sent it.
    heldFiles: [
      {
        bundleId: newId(),
        contents: new TextEncoder().encode(CHILD),
        fromDeviceId: 'pc-b',
        fromPersonName: SENDER,
        createdAt: '2026-03-01T09:00:00.000Z',
        heldAt: '2026-03-01T09:05:00.000Z',
        clocks: [{ deviceId: 'pc-b', personName: SENDER, wallTime: 1_900_000_000_000 }],
        until: 1_900_000_000_000,
        problem: null,
      },
    ],
    meta: [
      { key: 'deviceId', value: 'pc-a' },
      {
        key: 'board-snapshot',
        value: { format: 2, id: newId(), today: '2026-03-01', source: { cases: [child] } },
      },
      {
        key: `${BOARD_CHANGE_PREFIX}${newId()}`,
        value: { table: 'cases', ids: [child.id], parts: ['cards'] },
      },
    ],
  };
  await makePlainTeamDb(teamId, rows);
  return { teamId, child };
}

/** Makes every write to `table` fail, as a power cut or a full disk would half way through the upgrade. */
function failWritesTo(table: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'failWrites',
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        if (name !== table) return inner;
        return { ...inner, mutate: () => Promise.reject(new Error('The PC lost power.')) };
      },
    }),
  };
}

describe('a team database made before records were locked on disk', () => {
  it('is sealed in place the first time it is opened, every record still there', async () => {
    const { teamId, child } = await plainTeam();
    const plain = await readRaw(teamDbName(teamId));
    expect(allStoredText(plain)).toContain(CHILD);

    const db = new TeamDb(teamId);
    expect(await db.rows('cases').get(child.id)).toEqual(child);
    expect((await db.rows('views').toArray())[0]?.text).toBe(VIEW);
    db.close();

    const sealed = await readRaw(teamDbName(teamId));
    const onDisk = allStoredText(sealed);
    for (const text of [CHILD, VIEW, MEMBER, SENDER, 'Makaton', 'Riverside'])
      expect(onDisk).not.toContain(text);
    for (const rows of Object.values(sealed)) for (const row of rows) expect(row[SEALED_FIELD]).toBeDefined();
    expect(await rawIndexNames(teamDbName(teamId), 'members')).not.toContain('name');
    // The board's old snapshot is not kept: the next opening reads the sealed records and saves a new one.
    expect(sealed['meta']?.map((row) => row['key'])).toEqual(['deviceId']);
  });

  // Seven interrupted upgrades and seven finished ones: seconds on a busy two-core machine.
  it(
    'is left exactly as it was by an upgrade cut short at any table, and sealed by the next start',
    { timeout: 30_000 },
    async () => {
      for (const table of ['team', 'boardColumns', 'members', 'cases', 'views', 'heldFiles', 'meta']) {
        const { teamId, child } = await plainTeam();
        const before = await readRaw(teamDbName(teamId));

        const interrupted = new TeamDb(teamId);
        interrupted.use(failWritesTo(table));
        await expect(interrupted.open(), table).rejects.toThrow();
        interrupted.close();
        expect(await readRaw(teamDbName(teamId)), table).toEqual(before);

        const next = new TeamDb(teamId);
        expect(await next.rows('cases').get(child.id), table).toEqual(child);
        next.close();
        expect(allStoredText(await readRaw(teamDbName(teamId))), table).not.toContain(CHILD);
      }
    },
  );
});
