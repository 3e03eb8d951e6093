import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { makeAim, makeCase, stampAll } from '../../tests/factories/records';
import { makeRequiredTraining } from '../../tests/factories/training';
import type { TrainingType } from '../../shared/domain/training';
import { legacyDecisionId } from '../../shared/domain/sharing';
import { TABLES } from '../../shared/domain/registry';
import { MIGRATIONS } from './migrations';
import { TeamDb, teamDbName } from './teamDb';

/** A new team database as a release that knew versions up to `last` made it, without the team's key. */
function databaseAsOf(last: number): { teamId: string; old: Dexie } {
  const teamId = crypto.randomUUID();
  const old = new Dexie(teamDbName(teamId));
  for (const step of MIGRATIONS.filter((each) => each.version <= last))
    old.version(step.version).stores(step.stores);
  return { teamId, old };
}

describe('database versions', () => {
  it('are numbered in increasing order', () => {
    const numbers = MIGRATIONS.map((step) => step.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('together declare every registry table with its indexes, so a new table cannot be forgotten', () => {
    const stores: Record<string, string | null> = {};
    for (const step of MIGRATIONS) Object.assign(stores, step.stores);
    for (const def of TABLES) expect(stores[def.name], def.name).toBe(['id', ...def.indexes].join(', '));
    for (const local of ['audit', 'decisions', 'receipts', 'meta', 'heldFiles'])
      expect(stores[local]).toBeTruthy();
  });
});

describe('a team database from before records said they were removed for good', () => {
  it('marks each record its change history shows was purged, so that it can never come back', async () => {
    const { teamId, old } = databaseAsOf(2);
    const stub = { ...makeAim({ text: '', deleted: true }) };
    Reflect.deleteProperty(stub, 'purged');
    Reflect.deleteProperty(stub.stamps, 'purged');
    const live = makeAim();
    await old.table('aims').bulkPut([stub, live]);
    await old.table('audit').add({
      id: crypto.randomUUID(),
      at: '2026-03-01T09:00:00.000Z',
      stamp: '001772355600000-000000-pc-a',
      personId: 'leader',
      personName: 'Ana Silva',
      deviceId: 'pc-a',
      table: 'aims',
      recordId: stub.id,
      action: 'purge',
      fields: ['deleted', 'text'],
      changes: [],
    });
    old.close();

    const db = new TeamDb(teamId);
    expect(await db.rows('aims').get(stub.id)).toMatchObject({
      purged: true,
      deleted: true,
      stamps: { purged: '001772355600000-000000-pc-a' },
    });
    expect((await db.rows('aims').get(live.id))?.purged).toBe(false);
    db.close();
  });
});

describe('a team database from before personal passwords', () => {
  it('gains the table for their verifiers, keeping what it held', async () => {
    const teamId = crypto.randomUUID();
    const old = new Dexie(teamDbName(teamId));
    for (const step of MIGRATIONS.filter((each) => each.version <= 4)) {
      const stores = { ...step.stores };
      Reflect.deleteProperty(stores, 'passwords');
      old.version(step.version).stores(stores);
    }
    const aim = makeAim();
    await old.table('aims').put(aim);
    expect(old.tables.map((table) => table.name)).not.toContain('passwords');
    old.close();

    const db = new TeamDb(teamId);
    expect(await db.rows('passwords').count()).toBe(0);
    expect((await db.rows('aims').get(aim.id))?.id).toBe(aim.id);
    db.close();
  });
});

describe('a team database from before the lawful bases for sharing', () => {
  it("turns a case's consent into the first decision of its history, the same on every PC", async () => {
    const { teamId, old } = databaseAsOf(5);
    const withConsent = stampAll(makeCase({ sharingBasis: 'consent', consentGivenBy: 'Mother' }));
    const withNone = stampAll(makeCase({ sharingBasis: 'not-recorded' }));
    await old.table('cases').bulkPut([withConsent, withNone]);
    old.close();

    const db = new TeamDb(teamId);
    const decisions = await db.rows('sharingDecisions').toArray();
    expect(decisions).toEqual([
      expect.objectContaining({
        id: legacyDecisionId(withConsent.id),
        caseId: withConsent.id,
        basis: 'consent',
        consentGivenBy: 'Mother',
        decidedOn: withConsent.consentGivenOn,
      }),
    ]);
    expect(decisions[0]?.stamps['basis']).toBe(withConsent.stamps['sharingBasis']);
    db.close();
  });
});

describe('a team database from before required training was chosen from a list', () => {
  it('keeps what each requirement counted: its words in titles, or the type it counted alone', async () => {
    const { teamId, old } = databaseAsOf(5);
    const older = (matchText: string, matchType: TrainingType | null) => {
      const row: Record<string, unknown> = stampAll(makeRequiredTraining({ matchText, matchType }));
      Reflect.deleteProperty(row, 'acceptsTitles');
      Reflect.deleteProperty(row, 'acceptsTypes');
      return row;
    };
    const byWords = older('safe', 'joint');
    const byType = older('', 'shadowing');
    await old.table('requiredTraining').bulkPut([byWords, byType]);
    old.close();

    const db = new TeamDb(teamId);
    expect(await db.rows('requiredTraining').get(String(byWords['id']))).toMatchObject({
      acceptsTitles: [],
      acceptsTypes: [],
      matchText: 'safe',
      matchType: 'joint',
    });
    const upgraded = await db.rows('requiredTraining').get(String(byType['id']));
    expect(upgraded).toMatchObject({ acceptsTitles: [], acceptsTypes: ['shadowing'] });
    expect(upgraded?.stamps['acceptsTypes']).toBeDefined();
    db.close();
  });
});

describe('a team database from before the board kept its cards as built', () => {
  it('drops the board’s saved snapshot and its change notes, to be read afresh, and keeps every record', async () => {
    const { teamId, old } = databaseAsOf(11);
    const child = stampAll(makeCase({ reference: 'JU-0007' }));
    await old.table('cases').put(child);
    const part = { format: 3, id: 'part-1', today: '2026-12-01', packed: { texts: [], tables: {} } };
    await old.table('meta').bulkPut([
      { key: 'deviceId', value: 'pc-1' },
      { key: 'board-snapshot', value: part },
      { key: 'board-search', value: { ...part, id: 'part-2' } },
      { key: 'board-change:1', value: { table: 'cases', ids: [child.id], parts: ['cards'] } },
    ]);
    old.close();

    const db = new TeamDb(teamId);
    expect(await db.meta.toCollection().primaryKeys()).toEqual(['deviceId']);
    // Written here without the team's key, so only its id is read back.
    expect(await db.table('cases').toCollection().primaryKeys()).toEqual([child.id]);
    db.close();
  });
});
