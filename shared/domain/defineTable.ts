import type { z } from 'zod';
import type { SyncedRecord } from '../sync/record';
import type { TableDef } from './tableDef';

/** A table definition that keeps its literal name and exact schema type, so row types follow from the registry. */
export type Def<Name extends string, Schema extends z.ZodObject & z.ZodType<SyncedRecord>> = TableDef & {
  name: Name;
  schema: Schema;
};

export function defineTable<Name extends string, Schema extends z.ZodObject & z.ZodType<SyncedRecord>>(
  def: Def<Name, Schema>,
): Def<Name, Schema> {
  return def;
}
