/**
 * A fresh team database on fake-indexeddb for tests, with a write context for one signed-in person, the team
 * record, the six default board columns and that person as team leader — all written through the write path.
 */
import { TABLES } from '../../shared/domain/registry';
import { DEFAULT_COLUMNS } from '../../shared/domain/team';
import { newId } from '../../shared/sync/record';
import { TeamDb } from '../../renderer/db/teamDb';
import { createRecord, inOneWrite, loadClock, type WriteContext } from '../../renderer/db/writer';

export interface TestTeam {
  teamId: string;
  db: TeamDb;
  ctx: WriteContext;
  /** The default columns' ids in board order. */
  columnIds: string[];
}

export interface TestTeamOptions {
  personName?: string;
  deviceId?: string;
  /** Leave out the team record, columns and person: an empty database. */
  empty?: boolean;
  readWallClock?: () => number;
}

export async function makeTestTeam(options: TestTeamOptions = {}): Promise<TestTeam> {
  const teamId = newId();
  const db = new TeamDb(teamId);
  const deviceId = options.deviceId ?? 'test-device';
  const ctx: WriteContext = {
    db,
    clock: await loadClock(db, deviceId, options.readWallClock),
    deviceId,
    person: { id: newId(), name: options.personName ?? 'Alex Morgan' },
  };
  const columnIds: string[] = [];
  if (!options.empty) {
    await inOneWrite(ctx, async () => {
      await createRecord(ctx, 'team', { name: 'Test team' }, { id: teamId });
      for (const [index, column] of DEFAULT_COLUMNS.entries()) {
        columnIds.push(await createRecord(ctx, 'boardColumns', { ...column, position: index + 1 }));
      }
      await createRecord(
        ctx,
        'members',
        { name: ctx.person.name, profession: 'social-worker', teamRole: 'leader' },
        { id: ctx.person.id },
      );
    });
  }
  return { teamId, db, ctx, columnIds };
}

/** Everything in the database, table by table: compare two dumps to prove a write left nothing behind. */
export async function dumpDb(db: TeamDb): Promise<Record<string, unknown[]>> {
  const names = [...TABLES.map((def) => def.name), 'audit', 'decisions', 'receipts', 'meta'];
  const dump: Record<string, unknown[]> = {};
  for (const name of names) dump[name] = await db.table(name).toArray();
  return dump;
}
