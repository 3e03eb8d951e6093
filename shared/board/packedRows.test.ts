import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateTeam } from '../demo/generateTeam';
import { CARDS_PART } from './boardSource';
import { packRows, unpackRows } from './packedRows';
import { slimRows, type KeptRow, type PartSource } from './snapshotPart';

const TODAY = '2026-06-15';

function cardsOf(cases: number): PartSource {
  const { rows } = generateTeam({ seed: 7, today: TODAY, size: { cases, members: 60, agencies: 12 } });
  const tables: Record<string, readonly KeptRow[]> = rows;
  return Object.fromEntries(
    CARDS_PART.tables.map((table) => [table, slimRows(CARDS_PART, table, tables[table] ?? [], TODAY)]),
  );
}

/** Stored as the sealing layer stores it: as JSON text. */
function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

const value = fc.oneof(
  fc.string(),
  fc.constantFrom('case-1', 'case-2', 'member-1'),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.array(fc.string(), { maxLength: 3 }),
);
const row = fc
  .record(
    { a: value, b: value, caseId: fc.constantFrom('case-1', 'case-2', null) },
    { requiredKeys: ['caseId'] },
  )
  .chain((fields) => fc.uuid().map((id): KeptRow => ({ id, ...fields })));

describe('a packed part of the board snapshot', () => {
  it('gives back the same cards after being stored', () => {
    const source = cardsOf(200);
    expect(unpackRows(throughJson(packRows(source)))).toEqual(source);
  });

  it('gives back any rows exactly, whatever fields each has and whatever they hold', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('cases', 'actions', 'members'), fc.array(row)), (source) => {
        expect(unpackRows(throughJson(packRows(source)))).toEqual(source);
      }),
    );
  });

  it('takes well under half the room of the rows themselves, so the board opens sooner', () => {
    const source = cardsOf(1000);
    expect(JSON.stringify(packRows(source)).length).toBeLessThan(JSON.stringify(source).length * 0.45);
  });

  it('is not taken for rows when what was stored is damaged or of another shape', () => {
    const packed = packRows(cardsOf(5));
    expect(unpackRows(undefined)).toBeNull();
    expect(unpackRows({ cases: [] })).toBeNull();
    expect(unpackRows({ ...packed, texts: packed.texts.slice(0, 1) })).toBeNull();
    const cases = packed.tables.cases;
    expect(unpackRows({ ...packed, tables: { cases: { ...cases, rows: [[1, 2]] } } })).toBeNull();
  });
});
