import { z } from 'zod';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TableDef } from '../domain/tableDef';
import { syncedRecordSchema } from '../sync/record';
import { TEST_TABLES } from '../sync/testRecords';
import { decodeBundle, encodeBundle, type BundleExpectations } from './bundle';
import { encryptBytes } from './crypto';
import type { BundleError, BundleResult } from './errors';
import { SCHEMA_VERSION } from '../domain/registry';
import { migrateTables, MIGRATIONS, type BundleMigration } from './migrations';
import {
  NOTE_ID,
  PASSPHRASE,
  PERSON_ID,
  TEAM_ID,
  TEST_WORK_FACTOR,
  makeDocument,
  makeManifest,
  makeNote,
  makePerson,
} from './testBundles';

const EXPECT: BundleExpectations = { tables: TEST_TABLES, schemaVersion: 1, teamId: TEAM_ID };
const OTHER_PERSON = '44444444-4444-4444-8444-444444444444';

async function open(
  tables: Record<string, unknown[]>,
  expectations: BundleExpectations = EXPECT,
  overrides = {},
) {
  const bytes = await encodeBundle(makeDocument(tables, overrides), PASSPHRASE, {
    workFactor: TEST_WORK_FACTOR,
  });
  return decodeBundle(bytes, PASSPHRASE, expectations);
}

/** Encrypts JSON text exactly as written, for keys that JSON.stringify of a normal object would never produce. */
async function openText(json: string) {
  const bytes = await encryptBytes(gzipSync(new TextEncoder().encode(json)), PASSPHRASE, {
    workFactor: TEST_WORK_FACTOR,
  });
  return decodeBundle(bytes, PASSPHRASE, EXPECT);
}

function errorOf<T>(result: BundleResult<T>): BundleError {
  if (result.ok) throw new Error('Expected the bundle to be refused.');
  return result.error;
}

describe('checking the records in a bundle', () => {
  it('refuses records that fail checks, saying how many and in which part', async () => {
    const error = errorOf(
      await open({
        people: [makePerson()],
        notes: [makeNote({ title: 42 }), makeNote({ tags: 'x' }, OTHER_PERSON)],
      }),
    );
    expect(error).toMatchObject({ kind: 'invalidRecords', total: 2 });
    expect(error.message).toMatch(/2 records in case notes/);
    if (error.kind !== 'invalidRecords') return;
    expect(error.tables[0]).toMatchObject({ table: 'notes', area: 'cases', count: 2 });
    expect(error.tables[0]?.examples[0]).toMatchObject({ id: NOTE_ID, field: 'title' });
  });

  it('refuses a record listed twice in one table', async () => {
    const error = errorOf(await open({ people: [makePerson(), makePerson({ name: 'Sam P' })], notes: [] }));
    expect(error).toMatchObject({ kind: 'duplicateIds', table: 'people', ids: [PERSON_ID] });
    expect(error.message).toMatch(/more than once in people in the directory/);
  });

  it('refuses a record that points to nothing, in the file or on this PC', async () => {
    const error = errorOf(await open({ people: [], notes: [makeNote({ ownerId: OTHER_PERSON })] }));
    expect(error).toMatchObject({ kind: 'missingReferences', total: 1 });
    expect(error.message).toMatch(/1 record in case notes/);
  });

  it('accepts a reference to a record this PC already holds, asking once per table', async () => {
    const asked: string[][] = [];
    const result = await open(
      { people: [], notes: [makeNote({ ownerId: OTHER_PERSON })] },
      {
        ...EXPECT,
        knownIds: async (table, ids) => {
          asked.push([table, ...ids]);
          return new Set(ids);
        },
      },
    );
    expect(result.ok).toBe(true);
    expect(asked).toEqual([['people', OTHER_PERSON]]);
  });

  it('lets an optional reference be empty and ignores the links of deleted records', async () => {
    const notes = [
      makeNote({ ownerId: null }),
      makeNote({ ownerId: OTHER_PERSON, deleted: true }, OTHER_PERSON),
    ];
    expect((await open({ people: [], notes })).ok).toBe(true);
  });

  it('insists on a required reference', async () => {
    const required: TableDef[] = TEST_TABLES.map((def) =>
      def.name === 'notes' ? { ...def, references: [{ field: 'ownerId', table: 'people' }] } : def,
    );
    const error = errorOf(
      await open({ people: [], notes: [makeNote({ ownerId: null })] }, { ...EXPECT, tables: required }),
    );
    expect(error.kind).toBe('missingReferences');
  });

  it('refuses records of an area the bundle says it does not carry', async () => {
    const error = errorOf(
      await open({ people: [makePerson()], notes: [makeNote()] }, EXPECT, { scope: ['team', 'directory'] }),
    );
    expect(error.kind).toBe('notABundle');
  });

  it('refuses a kind of record this version does not know', async () => {
    expect(errorOf(await open({ people: [], gossip: [{ id: 'x' }] })).kind).toBe('notABundle');
  });

  it('calls a file damaged when its row counts do not match its description', async () => {
    const document = makeDocument();
    document.manifest.counts.people = 7;
    const bytes = await encodeBundle(document, PASSPHRASE, { workFactor: TEST_WORK_FACTOR });
    expect(errorOf(await decodeBundle(bytes, PASSPHRASE, EXPECT)).kind).toBe('damaged');
  });

  it('checks the change history as an append-only table', async () => {
    const history = {
      name: 'audit',
      label: 'change history',
      schema: z.strictObject({ id: z.string(), note: z.string() }),
    };
    const expectations = { ...EXPECT, appendOnlyTables: [history] };
    const good = await open({ people: [], audit: [{ id: 'a', note: 'Added' }] }, expectations);
    expect(good.ok && good.value.appendOnly.audit).toEqual([{ id: 'a', note: 'Added' }]);
    const twice = await open(
      {
        people: [],
        audit: [
          { id: 'a', note: 'x' },
          { id: 'a', note: 'y' },
        ],
      },
      expectations,
    );
    expect(errorOf(twice).kind).toBe('duplicateIds');
  });
});

describe('keys that could reach an object prototype', () => {
  const manifest = JSON.stringify(makeManifest({ people: [makePerson()] }));

  it('refuses __proto__ in a record and leaves every object untouched', async () => {
    const row = JSON.stringify(makePerson()).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const error = errorOf(await openText(`{"manifest":${manifest},"tables":{"people":[${row}]}}`));
    expect(error).toMatchObject({
      kind: 'unsafeContent',
      key: '__proto__',
      path: 'tables.people[0].__proto__',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses constructor anywhere, even spelt with escapes', async () => {
    const error = errorOf(
      await openText(
        `{"manifest":${manifest},"tables":{"people":[]},"x":{"\\u0063onstructor":{"prototype":1}}}`,
      ),
    );
    expect(error).toMatchObject({ kind: 'unsafeContent', key: 'constructor' });
  });

  it('refuses __proto__ inside the change stamps', async () => {
    const row = JSON.stringify(makePerson()).replace('"stamps":{', '"stamps":{"__proto__":"x",');
    expect(errorOf(await openText(`{"manifest":${manifest},"tables":{"people":[${row}]}}`)).kind).toBe(
      'unsafeContent',
    );
  });
});

describe('bundles from older versions', () => {
  // A fake second data version in which notes gained a required `status`; the real list is still empty.
  const addStatus: BundleMigration = {
    from: 1,
    describe: 'Notes gain a status',
    migrate: (tables) => {
      for (const row of tables.notes ?? [])
        if (typeof row === 'object' && row !== null) Object.assign(row, { status: 'open' });
      return tables;
    },
  };
  const v2Tables: TableDef[] = TEST_TABLES.map((def) =>
    def.name === 'notes'
      ? {
          ...def,
          schema: syncedRecordSchema({
            title: z.string(),
            tags: z.array(z.string()).default([]),
            ownerId: z.string().nullable().default(null),
            status: z.enum(['open', 'closed']),
          }),
        }
      : def,
  );

  it('are brought up to date, one numbered step at a time, before they are checked', async () => {
    const result = await open(
      { people: [makePerson()], notes: [makeNote()] },
      { ...EXPECT, tables: v2Tables, schemaVersion: 2, migrations: [addStatus] },
    );
    expect(result.ok && result.value.tables.notes?.[0]?.status).toBe('open');
  });

  it('are refused plainly when no step leads to this version', async () => {
    const result = await open(
      { people: [makePerson()], notes: [makeNote()] },
      { ...EXPECT, tables: v2Tables, schemaVersion: 2, migrations: [] },
    );
    expect(errorOf(result).kind).toBe('notABundle');
  });

  it('need no step to stay at the same version, and have one step for every version up to this one', () => {
    const tables = { notes: [] };
    expect(migrateTables(tables, 1, 1)).toBe(tables);
    expect(MIGRATIONS.map((step) => step.from)).toEqual(
      Array.from({ length: SCHEMA_VERSION - 1 }, (_, index) => index + 1),
    );
  });
});
