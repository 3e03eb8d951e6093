/**
 * Whatever a field-by-field merge of valid writes produces, every PC must accept it: otherwise one merge cuts a PC
 * off from the team for good (its every later file refused). Checked over every table in the registry, so a table
 * added later is covered without touching this test: for any two valid versions of one record and any mix of their
 * fields (each field's value travels with its stamp), the import's own validation accepts the mix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordArbitrary, stampedFields } from '../../tests/factories/arbitraries';
import { SCHEMA_VERSION, TABLES } from '../domain/registry';
import type { TableDef } from '../domain/tableDef';
import { mergeRecord } from '../sync/merge';
import type { SyncedRecord } from '../sync/record';
import { createBundleDocument } from './document';
import { validateBundle } from './validate';

const ID = 'b0000000-0000-4000-8000-000000000001';
const RUNS = Number(process.env['JOINEDUP_MIX_RUNS'] ?? 40);

function mix(a: SyncedRecord, b: SyncedRecord, fromB: readonly boolean[], fields: readonly string[]) {
  const mixed: Record<string, unknown> = { id: ID };
  const stamps: Record<string, string> = {};
  fields.forEach((field, index) => {
    const source = fromB[index] ? b : a;
    mixed[field] = source[field];
    const stamp = source.stamps[field];
    if (stamp !== undefined) stamps[field] = stamp;
  });
  return { ...mixed, stamps };
}

async function importAccepts(def: TableDef, row: unknown): Promise<boolean> {
  const document = createBundleDocument({
    teamId: 'team',
    teamName: 'Team',
    appVersion: '0.1.0',
    schemaVersion: SCHEMA_VERSION,
    source: { deviceId: 'pc-a', personId: 'person', personName: 'Ana' },
    scope: [def.area],
    versionVectors: {},
    tables: { [def.name]: [structuredClone(row)] },
    tableDefs: TABLES,
  });
  const result = await validateBundle(document, {
    tables: TABLES,
    schemaVersion: SCHEMA_VERSION,
    // References to other records are a separate check; here every record pointed to is on this PC.
    knownIds: (_table, ids) => new Set(ids),
  });
  if (!result.ok) throw new Error(`${def.name}: ${result.error.message} ${JSON.stringify(result.error)}`);
  return result.ok;
}

describe('a record mixed field by field from two valid versions', () => {
  it('covers every table in the registry', () => {
    expect(TABLES.length).toBeGreaterThan(25);
  });

  for (const def of TABLES) {
    it(`is accepted by import in ${def.label}, and so is their merge`, async () => {
      const fields = stampedFields(def);
      await fc.assert(
        fc.asyncProperty(
          recordArbitrary(def, ID),
          recordArbitrary(def, ID),
          fc.array(fc.boolean(), { minLength: fields.length, maxLength: fields.length }),
          async (a, b, fromB) => {
            expect(await importAccepts(def, mix(a, b, fromB, fields))).toBe(true);
            const merged = mergeRecord(a, b, {
              table: def.name,
              area: def.area,
              localVectors: {},
              incomingVectors: {},
            });
            expect(await importAccepts(def, merged.record)).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});
