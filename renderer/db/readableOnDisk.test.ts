import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TABLES } from '../../shared/domain/registry';
import { MIGRATIONS, type Stores } from './migrations';
import { READABLE_ON_DISK } from './readableOnDisk';

/** The stores of the newest database version: what a team database has once every upgrade has run. */
function newestStores(): Record<string, string> {
  const stores: Stores = {};
  for (const step of MIGRATIONS) Object.assign(stores, step.stores);
  return Object.fromEntries(
    Object.entries(stores).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

/** The fields one Dexie store string reads: the primary key and every index ('[a+b]', '*tags', '&id'). */
function fieldsRead(store: string): string[] {
  return store
    .split(',')
    .map((part) => part.trim().replace(/^[&*+]+/, ''))
    .flatMap((part) => (part.startsWith('[') ? part.slice(1, -1).split('+') : [part]));
}

/** Things people write: no field readable on disk may accept any of them. */
const FREE_TEXT = ['Lily Hartwell', 'Mum is scared of her ex-partner', 'JU-0042', 'Makaton signing'];

describe('what a team database keeps readable on disk', () => {
  it('lists every field any table’s key or index reads', () => {
    for (const [table, store] of Object.entries(newestStores())) {
      const listed = READABLE_ON_DISK[table] ?? {};
      for (const field of fieldsRead(store)) expect(listed[field], `${table}.${field}`).toBeDefined();
    }
  });

  it('lists for the team’s records only fields that cannot hold a name or free text', () => {
    for (const def of TABLES) {
      const schema = def.schema;
      if (!(schema instanceof z.ZodObject)) throw new Error(`${def.name} is not a plain record schema`);
      const shape: Record<string, z.ZodType> = schema.shape;
      for (const field of Object.keys(READABLE_ON_DISK[def.name] ?? {})) {
        const fieldSchema = shape[field];
        expect(fieldSchema, `${def.name}.${field} is a field of the table`).toBeDefined();
        expect(def.personalFields, def.name).not.toContain(field);
        expect(def.sensitiveFields, def.name).not.toContain(field);
        for (const text of FREE_TEXT) {
          expect(fieldSchema?.safeParse(text).success, `${def.name}.${field} accepts "${text}"`).toBe(false);
          expect(fieldSchema?.safeParse([text]).success, `${def.name}.${field} accepts ["${text}"]`).toBe(
            false,
          );
        }
      }
    }
  });
});
