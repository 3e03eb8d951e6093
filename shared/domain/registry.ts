/**
 * The table registry: every synced table, its area, plain label, indexes, personal and sensitive fields and
 * references. The database (renderer/db), the merge (shared/sync) and the bundle format (shared/bundle) all read
 * it. A new module adds its tables by appending `defineTable({...})` entries to `DEFINITIONS` below or to
 * `MODULE_TABLES` in moduleTables.ts (and, once the app has shipped, a new database version in
 * renderer/db/migrations.ts): no sync code of its own is needed.
 */
import type { z } from 'zod';
import type { ENVELOPE_KEYS } from '../sync/record';
import type { Area, TableDef } from './tableDef';
import { auditRowSchema } from './audit';
import { defineTable } from './defineTable';
import { MODULE_TABLES } from './moduleTables';
import { caseVisitSchema, savedViewSchema } from './board';
import {
  actionSchema,
  aimSchema,
  caseReferenceSchema,
  caseSchema,
  chronologySchema,
  involvementSchema,
  serviceSchema,
  viewSchema,
} from './cases';
import { agencySchema, memberSchema } from './directory';
import { passwordSchema } from './passwords';
import { searchWordSchema } from './searchWords';
import { sharingDecisionSchema } from './sharing';
import { boardColumnSchema, teamSchema } from './team';
import { wellbeingIndicatorSchema } from './wellbeing';

/**
 * The version of the data's shape. A bundle made with a newer schema version is refused; an older one is brought up
 * to date by shared/bundle/migrations.ts. 2: every record carries `purged` (removed for good, which is final).
 * 3: personal passwords travel with the directory, and a settled difference's history row names what it answers.
 * 4: agencies' own reference numbers for a case (`caseReferences`), actions owned by someone outside the team, and
 * each case's bases for sharing information as decisions of their own (`sharingDecisions`).
 * 5: a required training names the training titles and types it accepts (`acceptsTitles`, `acceptsTypes`).
 * 6: the team's wellbeing framework (`team.wellbeingFramework`), its own list of indicators
 * (`wellbeingIndicators`), and a case's concerns as indicator ids of any framework. 7: the team's own words for
 * "Who can help with…" (`searchWords`).
 */
export const SCHEMA_VERSION = 7;

const DEFINITIONS = [
  defineTable({
    name: 'team',
    area: 'team',
    label: 'team details',
    schema: teamSchema,
    indexes: [],
    personalFields: [],
    sensitiveFields: [],
    references: [],
  }),
  defineTable({
    name: 'boardColumns',
    area: 'team',
    label: 'board columns',
    schema: boardColumnSchema,
    indexes: ['position'],
    personalFields: [],
    sensitiveFields: [],
    references: [],
  }),
  defineTable({
    name: 'wellbeingIndicators',
    area: 'team',
    label: 'the team’s wellbeing indicators',
    schema: wellbeingIndicatorSchema,
    indexes: [],
    personalFields: [],
    sensitiveFields: [],
    references: [],
  }),
  defineTable({
    name: 'agencies',
    area: 'directory',
    label: 'agencies',
    schema: agencySchema,
    indexes: ['type'],
    personalFields: ['contacts'],
    sensitiveFields: [],
    references: [],
  }),
  defineTable({
    name: 'members',
    area: 'directory',
    label: 'people in the directory',
    schema: memberSchema,
    indexes: ['profession', 'status', 'employingAgencyId', 'hostAgencyId'],
    // The name stays on a purged stub: the audit trail names the person anyway, and colleagues' records point here.
    personalFields: ['pronouns', 'phone', 'email', 'desk'],
    sensitiveFields: [],
    references: [
      { field: 'employingAgencyId', table: 'agencies', optional: true },
      { field: 'hostAgencyId', table: 'agencies', optional: true },
      { field: 'supervisorId', table: 'members', optional: true },
      { field: 'lineManagerId', table: 'members', optional: true },
    ],
  }),
  defineTable({
    name: 'passwords',
    area: 'directory',
    label: 'personal passwords',
    schema: passwordSchema,
    indexes: [],
    // Only a verifier is kept, never the password; even so it stays out of the change history and goes on purge.
    personalFields: ['verifier'],
    sensitiveFields: ['verifier'],
    references: [{ field: 'memberId', table: 'members' }],
  }),
  defineTable({
    name: 'searchWords',
    area: 'directory',
    label: 'the team’s words for who can help',
    schema: searchWordSchema,
    indexes: [],
    personalFields: [],
    sensitiveFields: [],
    references: [],
  }),
  defineTable({
    name: 'cases',
    area: 'cases',
    label: 'cases',
    schema: caseSchema,
    indexes: ['columnId', 'leadMemberId', 'status', 'nextReviewDate', '*concerns'],
    personalFields: [
      'displayName',
      'consentGivenBy',
      'consentScope',
      'sharingRestriction',
      'closeReason',
      'outcome',
    ],
    sensitiveFields: [
      'displayName',
      'consentGivenBy',
      'consentScope',
      'sharingRestriction',
      'closeReason',
      'outcome',
    ],
    references: [
      { field: 'columnId', table: 'boardColumns' },
      { field: 'leadMemberId', table: 'members', optional: true },
    ],
  }),
  defineTable({
    name: 'involvements',
    area: 'cases',
    label: 'people involved in cases',
    schema: involvementSchema,
    indexes: ['caseId', 'memberId', 'agencyId'],
    personalFields: [],
    sensitiveFields: [],
    references: [
      { field: 'caseId', table: 'cases', cascade: true },
      { field: 'memberId', table: 'members', optional: true },
      { field: 'agencyId', table: 'agencies', optional: true },
    ],
  }),
  defineTable({
    name: 'aims',
    area: 'cases',
    label: 'shared aims',
    schema: aimSchema,
    indexes: ['caseId'],
    personalFields: ['text'],
    sensitiveFields: ['text'],
    references: [{ field: 'caseId', table: 'cases', cascade: true }],
  }),
  defineTable({
    name: 'actions',
    area: 'cases',
    label: 'actions',
    schema: actionSchema,
    indexes: ['caseId', 'sessionId', 'ownerId', 'dueDate', 'status', 'aimId', '[status+dueDate]'],
    personalFields: ['text'],
    sensitiveFields: ['text'],
    references: [
      { field: 'caseId', table: 'cases', optional: true, cascade: true },
      { field: 'ownerId', table: 'members', optional: true },
      { field: 'aimId', table: 'aims', optional: true },
      { field: 'doneBy', table: 'members', optional: true },
    ],
  }),
  defineTable({
    name: 'services',
    area: 'cases',
    label: 'services',
    schema: serviceSchema,
    indexes: ['caseId', 'status'],
    personalFields: ['whyNot'],
    sensitiveFields: ['whyNot'],
    references: [
      { field: 'caseId', table: 'cases', cascade: true },
      { field: 'recommendedBy', table: 'members', optional: true },
    ],
  }),
  defineTable({
    name: 'views',
    area: 'cases',
    label: "the child's and family's views",
    schema: viewSchema,
    indexes: ['caseId'],
    // The reason for a removal may quote the entry, so it is kept out of the change history and purged with it.
    personalFields: ['text', 'removedReason'],
    sensitiveFields: ['text', 'removedReason'],
    references: [
      { field: 'caseId', table: 'cases', cascade: true },
      { field: 'recordedBy', table: 'members', optional: true },
    ],
  }),
  defineTable({
    name: 'chronology',
    area: 'cases',
    label: 'chronology entries',
    schema: chronologySchema,
    indexes: ['caseId', 'date', '[caseId+date]', '[type+date]'],
    // The reason for a removal may quote the entry, so it is kept out of the change history and purged with it.
    personalFields: ['text', 'removedReason'],
    sensitiveFields: ['text', 'removedReason'],
    references: [
      { field: 'caseId', table: 'cases', cascade: true },
      { field: 'authorId', table: 'members', optional: true },
    ],
  }),
  defineTable({
    name: 'caseReferences',
    area: 'cases',
    label: "agencies' reference numbers",
    schema: caseReferenceSchema,
    // Only the case is indexed: a reference number is personal data and stays sealed on disk.
    indexes: ['caseId'],
    personalFields: ['label', 'value'],
    sensitiveFields: ['label', 'value'],
    references: [
      { field: 'caseId', table: 'cases', cascade: true },
      { field: 'agencyId', table: 'agencies', optional: true },
    ],
  }),
  defineTable({
    name: 'sharingDecisions',
    area: 'cases',
    label: 'bases for sharing information',
    schema: sharingDecisionSchema,
    indexes: ['caseId'],
    personalFields: ['reason', 'consentGivenBy', 'consentScope'],
    sensitiveFields: ['reason', 'consentGivenBy', 'consentScope'],
    references: [
      { field: 'caseId', table: 'cases', cascade: true },
      { field: 'decidedBy', table: 'members', optional: true },
    ],
  }),
  defineTable({
    name: 'savedViews',
    area: 'cases',
    label: 'saved board views',
    schema: savedViewSchema,
    indexes: ['ownerId'],
    personalFields: [],
    sensitiveFields: [],
    references: [{ field: 'ownerId', table: 'members' }],
  }),
  defineTable({
    name: 'caseVisits',
    area: 'cases',
    label: 'when people last opened cases',
    schema: caseVisitSchema,
    indexes: ['personId', 'caseId'],
    personalFields: [],
    sensitiveFields: [],
    // When the same person opens a case on two PCs, the later visit is simply the one that counts.
    quietFields: ['at'],
    references: [
      { field: 'personId', table: 'members' },
      { field: 'caseId', table: 'cases', cascade: true },
    ],
  }),
  ...MODULE_TABLES,
] as const;

type Definition = (typeof DEFINITIONS)[number];
export type TableName = Definition['name'];
export type SchemaOf<Name extends TableName> = Extract<Definition, { name: Name }>['schema'];
/** A stored row of the named table. */
export type RowOf<Name extends TableName> = z.infer<SchemaOf<Name>>;
/** Fields a person fills in: everything except the envelope the write path adds. */
export type FieldsOf<Name extends TableName> = Omit<
  RowOf<Name>,
  (typeof ENVELOPE_KEYS)[number] | EnvelopeMeta
>;
/** What creating a record needs: fields with a default may be left out. */
export type NewFieldsOf<Name extends TableName> = Omit<
  z.input<SchemaOf<Name>>,
  (typeof ENVELOPE_KEYS)[number] | EnvelopeMeta
>;
type EnvelopeMeta = 'deleted' | 'purged' | 'updatedBy' | 'updatedAt';

export const TABLES: readonly TableDef[] = DEFINITIONS;
export const TABLE_NAMES: readonly TableName[] = DEFINITIONS.map((def) => def.name);

const BY_NAME = new Map<string, TableDef>(TABLES.map((def) => [def.name, def]));

export function isTableName(name: string): name is TableName {
  return BY_NAME.has(name);
}

/** The definition of a table; throws on a name the registry does not know (a programming error). */
export function tableByName(name: string): TableDef {
  const def = BY_NAME.get(name);
  if (!def) throw new Error(`There is no table called "${name}".`);
  return def;
}

export function tablesInArea(area: Area): readonly TableDef[] {
  return TABLES.filter((def) => def.area === area);
}

/**
 * The audit trail travels with the data but is not a merged record: rows are only appended and merge by id.
 * A scoped bundle carries the audit rows of the tables in its scope (use `tableByName(row.table).area`).
 */
export const AUDIT_TABLE = {
  name: 'audit',
  label: 'change history',
  schema: auditRowSchema,
  indexes: ['at', 'stamp', 'personId', 'action', '[table+recordId]'],
} as const;
