/**
 * Building the document an export writes: only the tables in scope, vectors restricted to that scope (a scoped
 * bundle must not claim more than it carries), counts computed from the rows themselves.
 */
import type { Area, TableDef } from '../domain/tableDef';
import { newId } from '../sync/record';
import { restrictVectors, type VersionVectors } from '../sync/versionVector';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  normaliseScope,
  type BundleDocument,
  type BundleManifest,
} from './manifest';

export interface NewBundle {
  teamId: string;
  teamName: string;
  appVersion: string;
  schemaVersion: number;
  source: BundleManifest['source'];
  scope: Iterable<Area>;
  /** What this PC has seen; restricted to the scope here. */
  versionVectors: VersionVectors;
  /** For a change file: what this PC had seen at its previous file (restricted to the scope here). */
  since?: VersionVectors;
  /** Rows by table name; merged tables outside the scope are left out. */
  tables: Readonly<Record<string, readonly unknown[]>>;
  tableDefs: readonly TableDef[];
  /** Append-only tables (the change history) to carry as given: the caller picks the rows in scope. */
  appendOnlyNames?: readonly string[];
  bundleId?: string;
  createdAt?: string;
}

export function createBundleDocument(input: NewBundle): BundleDocument {
  const scope = normaliseScope(input.scope);
  const inScope = new Set<string>(scope);
  const tables: Record<string, unknown[]> = {};
  for (const def of input.tableDefs) {
    const rows = input.tables[def.name];
    if (rows && inScope.has(def.area)) tables[def.name] = [...rows];
  }
  for (const name of input.appendOnlyNames ?? []) {
    const rows = input.tables[name];
    if (rows) tables[name] = [...rows];
  }
  return {
    manifest: {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      schemaVersion: input.schemaVersion,
      appVersion: input.appVersion,
      teamId: input.teamId,
      teamName: input.teamName,
      bundleId: input.bundleId ?? newId(),
      source: input.source,
      createdAt: input.createdAt ?? new Date().toISOString(),
      scope,
      versionVectors: restrictVectors(input.versionVectors, scope),
      ...(input.since === undefined ? {} : { since: restrictVectors(input.since, scope) }),
      counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    },
    tables,
  };
}
