/**
 * Pure helpers for the write path: comparing field values, validating a record with plain-words errors, choosing
 * the empty value a purge leaves behind, and building audit rows. Nothing here touches the database.
 */
import type { z } from 'zod';
import type { AuditAction, AuditChange, AuditRow } from '../../shared/domain/audit';
import { rulesBrokenBy } from '../../shared/domain/recordRules';
import type { TableDef } from '../../shared/domain/tableDef';
import type { Hlc } from '../../shared/sync/hlc';
import { newId, type SyncedRecord } from '../../shared/sync/record';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A write that was refused. Its message is fit to show a person; nothing was saved. */
export class WriteError extends Error {
  constructor(
    message: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/** Fields the write path manages; a patch may not set them. */
export const MANAGED_FIELDS = new Set(['id', 'stamps', 'deleted', 'purged', 'updatedBy', 'updatedAt']);

export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]))
    );
  }
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "nextReviewDate" → "Next review date". */
export function fieldWords(field: string): string {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function problemFrom(issue: z.core.$ZodIssue): FieldProblem {
  // A problem inside a list ("prompts.0.text") belongs to the list's field: that is the field a form shows, and
  // its name is the one a person knows.
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { field, message: `${fieldWords(field)} is missing.` };
  }
  if (issue.code === 'unrecognized_keys') {
    return { field, message: `This version does not know the field(s) ${issue.keys.join(', ')}.` };
  }
  if (issue.message.startsWith('Must')) {
    // Our own "Must …" messages leave the field unnamed so a form can show them beside it.
    return { field, message: `${fieldWords(field)} m${issue.message.slice(1)}` };
  }
  if (issue.code === 'custom') return { field, message: issue.message };
  if (issue.code === 'invalid_format' && (issue.format === 'date' || issue.format === 'datetime')) {
    return { field, message: `${fieldWords(field)} must be a real date.` };
  }
  return { field, message: `${fieldWords(field)} is not valid.` };
}

function refused(def: TableDef, problems: readonly FieldProblem[]): WriteError {
  const summary = problems.map((problem) => problem.message).join(' ');
  return new WriteError(`This could not be saved to ${def.label}. ${summary}`, problems);
}

/** Checks each field of a record; returns the parsed record (defaults filled, text trimmed) or throws a WriteError. */
export function parseRecord(def: TableDef, candidate: Record<string, unknown>): SyncedRecord {
  const result = def.schema.safeParse(candidate);
  if (result.success) return result.data;
  throw refused(def, result.error.issues.map(problemFrom));
}

/**
 * Refuses an edit that breaks a rule tying fields together (shared/domain/recordRules.ts), when the edit changes one
 * of that rule's fields: a record whose clash waits to be settled can still have its other fields changed.
 */
export function checkRules(def: TableDef, record: SyncedRecord, changed: ReadonlySet<string>): void {
  const broken = rulesBrokenBy(def.name, record, changed);
  if (broken.length > 0)
    throw refused(
      def,
      broken.map((rule) => ({ field: rule.field, message: rule.message })),
    );
}

/** Validates a new record: every field, and every rule. */
export function validateRecord(def: TableDef, candidate: Record<string, unknown>): SyncedRecord {
  const parsed = parseRecord(def, candidate);
  checkRules(def, parsed, new Set(Object.keys(parsed)));
  return parsed;
}

/** Fields whose values never go into the audit trail: free text about children and personal data. */
function isPrivate(def: TableDef, field: string): boolean {
  return def.sensitiveFields.includes(field) || def.personalFields.includes(field);
}

export interface AuditInput {
  def: TableDef;
  recordId: string;
  action: AuditAction;
  fields: readonly string[];
  before: Record<string, unknown> | undefined;
  after: Record<string, unknown>;
  stamp: Hlc;
  at: string;
  person: { id: string; name: string };
  deviceId: string;
  /** The "needs a decision" entries a settling choice answers. */
  settles?: readonly string[];
}

export function auditRow(input: AuditInput): AuditRow {
  const changes: AuditChange[] = input.fields
    .filter((field) => !isPrivate(input.def, field) && !MANAGED_FIELDS.has(field))
    .map((field) => ({ field, before: input.before?.[field] ?? null, after: input.after[field] ?? null }));
  return {
    id: newId(),
    at: input.at,
    stamp: input.stamp,
    personId: input.person.id,
    personName: input.person.name,
    deviceId: input.deviceId,
    table: input.def.name,
    recordId: input.recordId,
    action: input.action,
    fields: [...input.fields],
    changes,
    ...(input.settles && input.settles.length > 0 ? { settles: [...input.settles] } : {}),
  };
}
