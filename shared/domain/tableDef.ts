/**
 * What the table registry knows about each synced table. The merge, the bundle code and the database all read the
 * registry (shared/domain/registry.ts); a module adds its tables there and needs no sync code of its own.
 */
import type { z } from 'zod';
import type { SyncedRecord } from '../sync/record';

/** The areas a bundle can carry. A scoped bundle carries some of them; `team` always travels. */
export const AREAS = ['team', 'directory', 'cases', 'reflection', 'training', 'charter'] as const;
export type Area = (typeof AREAS)[number];

export const AREA_LABELS: Record<Area, string> = {
  team: 'Team details and board columns',
  directory: 'People and agencies',
  cases: 'Cases',
  reflection: 'Reflection sessions and health checks',
  training: 'Training log',
  charter: 'Team charter',
};

export interface Reference {
  field: string;
  table: string;
  /** A reference may be empty (null or '') when optional. */
  optional?: boolean;
  /** The referenced record owns this one: purging it (for good) purges this one too, e.g. a case's chronology. */
  cascade?: boolean;
}

export interface TableDef {
  /** The IndexedDB table name; also the key under `tables` in a bundle. */
  name: string;
  area: Area;
  /** Plain words for messages: "3 records in the training log failed checks". */
  label: string;
  /** Checks each field by itself; rules across fields are in recordRules.ts. Its shape names the table's fields. */
  schema: z.ZodObject & z.ZodType<SyncedRecord>;
  /**
   * Secondary indexes, in Dexie's syntax ('caseId', '[caseId+dueDate]', '*concerns'). IndexedDB keeps what they read
   * in the clear on the PC's disk, so only ids, dates and codes may be indexed (renderer/db/readableOnDisk.ts).
   */
  indexes: readonly string[];
  /** Fields cleared when a deleted record is purged; the stamped stub stays so the delete travels. */
  personalFields: readonly string[];
  /** Fields whose old and new values are never copied into the audit trail. */
  sensitiveFields: readonly string[];
  references: readonly Reference[];
  /**
   * Fields where the later write simply wins and nobody is asked to decide between two PCs' values, because the
   * older value has no meaning once a newer one exists (for example when someone last opened a case).
   */
  quietFields?: readonly string[];
}
