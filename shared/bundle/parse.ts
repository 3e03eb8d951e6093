/**
 * Step two of an import: the decrypted gzip layer → the JSON document, with its manifest checked (is it ours, is it
 * from a newer version, is it this team's). The rows are not checked yet: that is `validateBundle`.
 */
import { z } from 'zod';
import { parseJsonLayer } from './codec';
import { fail, newerVersion, notABundle, ok, otherTeam, type BundleResult } from './errors';
import { BUNDLE_FORMAT_VERSION, manifestHeadSchema, manifestSchema, type BundleManifest } from './manifest';
import type { RawTables } from './migrations';

export interface ParseExpectations {
  /** The data version this app reads (SCHEMA_VERSION in shared/domain/registry.ts). */
  schemaVersion: number;
  /** The team open on this PC; leave it out when joining a team from its bundle on a fresh install. */
  teamId?: string;
}

export interface ParsedBundle {
  manifest: BundleManifest;
  tables: RawTables;
}

const documentShape = z.object({ manifest: z.unknown(), tables: z.record(z.string(), z.array(z.unknown())) });

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'manifest'}: ${issue.message}` : 'unreadable';
}

export function parseBundle(gzip: Uint8Array, expectations: ParseExpectations): BundleResult<ParsedBundle> {
  const json = parseJsonLayer(gzip);
  if (!json.ok) return json;
  const document = documentShape.safeParse(json.value);
  if (!document.success) return fail(notABundle('Its contents are not in the form Joined Up writes.'));

  const head = manifestHeadSchema.safeParse(document.data.manifest);
  if (!head.success) return fail(notABundle('It has no Joined Up description at its start.'));
  const { formatVersion, schemaVersion, appVersion } = head.data;
  if (formatVersion > BUNDLE_FORMAT_VERSION || schemaVersion > expectations.schemaVersion) {
    return fail(newerVersion(appVersion, formatVersion, schemaVersion));
  }

  const manifest = manifestSchema.safeParse(document.data.manifest);
  if (!manifest.success) {
    return fail(notABundle(`Its description is not complete (${firstIssue(manifest.error)}).`));
  }
  if (expectations.teamId !== undefined && manifest.data.teamId !== expectations.teamId) {
    return fail(otherTeam(manifest.data.teamId, manifest.data.teamName));
  }
  return ok({ manifest: manifest.data, tables: document.data.tables });
}
