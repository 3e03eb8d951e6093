/**
 * fast-check arbitraries of valid records for every table in the registry, derived from the tables' zod schemas so
 * that a new table (or a new field) is covered without writing anything here. A kind of field this file cannot
 * derive fails loudly with the table and field named, rather than being skipped.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { brokenRules } from '../../shared/domain/recordRules';
import type { TableDef } from '../../shared/domain/tableDef';
import { formatHlc, type Hlc } from '../../shared/sync/hlc';
import type { SyncedRecord } from '../../shared/sync/record';

const DAY = 86_400_000;
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2040, 11, 31);
/** Lists stay short: their length has nothing to do with merging, and short ones keep the tests quick. */
const LONGEST_LIST = 3;

interface Bounds {
  min: number | undefined;
  max: number | undefined;
  pattern: RegExp | undefined;
}

/** What a schema's checks say about lengths, sizes and patterns (zod keeps them as plain data on each check). */
function boundsOf(schema: z.core.$ZodType): Bounds {
  const bounds: Bounds = { min: undefined, max: undefined, pattern: undefined };
  for (const check of schema._zod.def.checks ?? []) {
    const def: object = check._zod.def;
    if ('minimum' in def && typeof def.minimum === 'number') bounds.min = def.minimum;
    if ('maximum' in def && typeof def.maximum === 'number') bounds.max = def.maximum;
    if ('pattern' in def && def.pattern instanceof RegExp) bounds.pattern = def.pattern;
  }
  return bounds;
}

const dateTimes = fc.integer({ min: EARLIEST, max: LATEST }).map((ms) => new Date(ms).toISOString());
const dates = fc
  .integer({ min: EARLIEST / DAY, max: LATEST / DAY })
  .map((day) => new Date(day * DAY).toISOString().slice(0, 10));

/** Text in a named format (an id, an email address, a date), or undefined for a format not known here. */
function formattedArbitrary(schema: z.core.$ZodType): fc.Arbitrary<string> | undefined {
  if (schema instanceof z.ZodUUID) return fc.uuid({ version: 4 });
  if (schema instanceof z.ZodEmail) return fc.emailAddress();
  if (schema instanceof z.ZodISODate) return dates;
  if (schema instanceof z.ZodISODateTime) return dateTimes;
  return undefined;
}

function stringArbitrary(schema: z.ZodString, path: string): fc.Arbitrary<string> {
  const { pattern } = boundsOf(schema);
  if (pattern) return fc.stringMatching(pattern);
  if (schema.format !== null)
    throw new Error(`No arbitrary for ${path}: text in the format ${schema.format}.`);
  // A few characters are enough, and some of them spaces, so trimming and emptiness both get tried.
  return fc.string({
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 12, 12),
    unit: fc.constantFrom('a', 'b', 'Z', ' ', 'é', '7'),
  });
}

function numberArbitrary(schema: z.ZodNumber): fc.Arbitrary<number> {
  const min = Math.max(schema.minValue ?? -1e6, -1e6);
  const max = Math.min(schema.maxValue ?? 1e6, 1e6);
  if (schema.isInt) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
  );
}

/** Values of one schema: derived from its kind, then checked with the schema itself and taken as parsed. */
export function valueArbitrary(schema: z.core.$ZodType, path: string): fc.Arbitrary<unknown> {
  return rawArbitrary(schema, path)
    .map((value) => z.safeParse(schema, value))
    .filter((result) => result.success)
    .map((result) => result.data);
}

function rawArbitrary(schema: z.core.$ZodType, path: string): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodDefault) return rawArbitrary(schema.unwrap(), path);
  if (schema instanceof z.ZodNullable) return fc.option(rawArbitrary(schema.unwrap(), path), { nil: null });
  const formatted = formattedArbitrary(schema);
  if (formatted) return formatted;
  if (schema instanceof z.ZodString) return stringArbitrary(schema, path);
  if (schema instanceof z.ZodNumber) return numberArbitrary(schema);
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...schema.options);
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...schema.values);
  if (schema instanceof z.ZodUnion) {
    return fc.oneof(...schema.options.map((option, index) => rawArbitrary(option, `${path}|${index}`)));
  }
  if (schema instanceof z.ZodArray) {
    const { min, max } = boundsOf(schema);
    const minLength = min ?? 0;
    return fc.array(rawArbitrary(schema.element, `${path}[]`), {
      minLength,
      maxLength: Math.max(minLength, Math.min(max ?? LONGEST_LIST, LONGEST_LIST)),
    });
  }
  if (schema instanceof z.ZodObject) {
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, field] of Object.entries(schema.shape))
      fields[key] = rawArbitrary(field, `${path}.${key}`);
    return fc.record(fields);
  }
  throw new Error(
    `No arbitrary for ${path}: a zod "${schema._zod.def.type}". Teach tests/factories/arbitraries.ts.`,
  );
}

/** Change stamps from a few devices over a few milliseconds, so that two versions' stamps often tie on the wall. */
export const stampArbitrary: fc.Arbitrary<Hlc> = fc
  .record({
    wall: fc.integer({ min: 1_764_000_000_000, max: 1_764_000_000_020 }),
    counter: fc.nat(3),
    device: fc.constantFrom('pc-a', 'pc-b', 'pc-c'),
  })
  .map(formatHlc);

/** The fields of a table that carry a stamp: every field but the id and the stamps themselves. */
export function stampedFields(def: TableDef): string[] {
  return Object.keys(def.schema.shape).filter((key) => key !== 'id' && key !== 'stamps');
}

/**
 * One version of the record `id` of a table, as a PC could hold it: every field valid and stamped, and no rule that
 * ties fields together broken (the write path would have refused such a version).
 */
export function recordArbitrary(def: TableDef, id: string): fc.Arbitrary<SyncedRecord> {
  const fields = stampedFields(def);
  const values: Record<string, fc.Arbitrary<unknown>> = {};
  const stamps: Record<string, fc.Arbitrary<Hlc>> = {};
  for (const field of fields) {
    const schema = def.schema.shape[field];
    if (schema === undefined) throw new Error(`${def.name}.${field} has no schema.`);
    values[field] = valueArbitrary(schema, `${def.name}.${field}`);
    stamps[field] = stampArbitrary;
  }
  return fc
    .record({ values: fc.record(values), stamps: fc.record(stamps) })
    .map(({ values: fieldValues, stamps: fieldStamps }) =>
      def.schema.safeParse({ ...fieldValues, id, stamps: fieldStamps }),
    )
    .filter((result) => result.success)
    .map((result) => result.data)
    .filter((record) => brokenRules(def.name, record).length === 0);
}
