/**
 * Rules that tie two or more fields of one record together: a name that must be filled in while the record is
 * live, a start that must not come after its end, a part that must not be more than the whole. They are kept here,
 * apart from the table schemas, because a merge mixes records field by field: PC 1 moves a secondment's start to
 * March while PC 4, unaware, moves its end to February, and the merged member breaks a rule neither PC broke. Were
 * the rules part of the schemas that an import checks, every PC would refuse every later file from PC 4 and the
 * team would never agree again.
 *
 * So the schemas only constrain each field by itself (any field-by-field mix of valid records passes them), and
 * these rules are applied in two places instead:
 * - the write path refuses a person's edit that breaks a rule, when the edit changes one of the rule's fields (an
 *   edit elsewhere in the record, say its phone number, still saves while a clash waits to be settled);
 * - a stored live record that breaks a rule is a clash, shown to a person to settle (`brokenRules`).
 * Rules only apply to live records: a deleted record is not shown, and its clash (if any) returns with it.
 */
import type { SyncedRecord } from '../sync/record';
import { isNhsNumber } from './nhsNumber';
import { isTableName, type RowOf, type TableName } from './registry';

/** Why the two values no longer fit, in the words a clash is shown with. */
const MET = 'two changes made on different PCs';

export interface RecordRule<Field extends string = string> {
  /** Stable within its table: part of a clash's id. */
  id: string;
  /** The fields the rule reads: an edit that changes any of them must leave the rule holding. */
  fields: readonly Field[];
  /** The field a form shows the message beside. */
  field: Field;
  /** Said beside the field when an edit would break the rule. */
  message: string;
  /** Said when a stored record breaks it: two PCs' changes met. */
  clash: string;
  holds: (record: SyncedRecord) => boolean;
}

type FieldOf<Name extends TableName> = Exclude<keyof RowOf<Name> & string, 'id' | 'stamps'>;
type RuleBook = { readonly [Name in TableName]?: readonly RecordRule<FieldOf<Name>>[] };

function filledIn(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function nonEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/** False only when both are dates and `later` comes before `earlier`: an empty date breaks nothing. */
function notBefore(later: unknown, earlier: unknown): boolean {
  return typeof later !== 'string' || typeof earlier !== 'string' || later >= earlier;
}

/** A field a person must fill in while the record is live (purging a deleted record empties it). */
function required<Field extends string>(field: Field, label: string): RecordRule<Field> {
  return {
    id: `required-${field}`,
    fields: [field],
    field,
    message: `${label} must not be empty.`,
    clash: `${label} is empty: ${MET}`,
    holds: (record) => filledIn(record[field]),
  };
}

function ordered<Field extends string>(
  id: string,
  start: Field,
  end: Field,
  message: string,
  clash: string,
): RecordRule<Field> {
  return {
    id,
    fields: [start, end],
    field: end,
    message,
    clash: `${clash}: ${MET}`,
    holds: (record) => notBefore(record[end], record[start]),
  };
}

const RULES = {
  team: [required('name', 'The team name')],
  boardColumns: [required('title', 'The column title')],
  wellbeingIndicators: [required('label', 'The indicator')],
  savedViews: [required('name', 'The name of the view')],
  agencies: [required('name', 'The agency name')],
  searchWords: [required('short', 'The abbreviation or word'), required('meaning', 'What it means')],
  passwords: [
    {
      id: 'verifier-set',
      fields: ['verifier'],
      field: 'verifier',
      message: 'A password must be set.',
      clash: `A personal password was cleared while still in use: ${MET}`,
      holds: (record) => record['verifier'] != null,
    },
    {
      id: 'own-member',
      fields: ['memberId'],
      field: 'memberId',
      message: 'A password belongs to the member of its id.',
      clash: `A personal password names another member: ${MET}`,
      holds: (record) => record['memberId'] === record.id,
    },
  ],
  members: [
    required('name', 'The name'),
    ordered(
      'secondment-order',
      'secondmentStart',
      'secondmentEnd',
      'The secondment end must not be before its start.',
      'Secondment ends before it starts',
    ),
  ],
  involvements: [
    {
      id: 'someone-involved',
      fields: ['memberId', 'agencyId'],
      field: 'memberId',
      message: 'Choose a person or an agency.',
      clash: `Neither a person nor an agency is named: ${MET}`,
      holds: (record) => record['memberId'] != null || record['agencyId'] != null,
    },
  ],
  aims: [required('text', 'The aim')],
  actions: [
    required('text', 'The action'),
    {
      id: 'case-action-has-case',
      fields: ['source', 'caseId'],
      field: 'caseId',
      message: 'A case action must belong to a case.',
      clash: `A case action belongs to no case: ${MET}`,
      holds: (record) => record['source'] !== 'case' || record['caseId'] != null,
    },
    {
      id: 'session-action-has-session',
      fields: ['source', 'sessionId'],
      field: 'sessionId',
      message: 'A session action must belong to a session.',
      clash: `A session action belongs to no session: ${MET}`,
      holds: (record) => record['source'] !== 'session' || record['sessionId'] != null,
    },
  ],
  services: [required('name', 'The service')],
  views: [required('text', 'What they said')],
  chronology: [required('text', 'The entry')],
  caseReferences: [
    required('value', 'The reference number'),
    {
      id: 'other-says-what',
      fields: ['kind', 'label'],
      field: 'label',
      message: 'Say what the reference number is.',
      clash: `A reference number does not say what it is: ${MET}`,
      holds: (record) => record['kind'] !== 'other' || filledIn(record['label']),
    },
    {
      id: 'nhs-number-checks',
      fields: ['kind', 'value'],
      field: 'value',
      message:
        'Enter an NHS number of 10 digits, such as 943 476 5919. Check it against the letter or record.',
      clash: `An NHS number does not pass its check: ${MET}`,
      holds: (record) =>
        record['kind'] !== 'nhs-number' ||
        typeof record['value'] !== 'string' ||
        isNhsNumber(record['value']),
    },
  ],
  trainingEntries: [
    required('title', 'The title'),
    {
      id: 'participatory-within-hours',
      fields: ['hours', 'participatoryHours'],
      field: 'participatoryHours',
      message: 'Participatory hours cannot be more than the hours of the training.',
      clash: `Participatory hours are more than the hours of the training: ${MET}`,
      holds: (record) => {
        const { hours, participatoryHours } = record;
        return (
          typeof hours !== 'number' || typeof participatoryHours !== 'number' || participatoryHours <= hours
        );
      },
    },
  ],
  requiredTraining: [
    required('title', 'The title'),
    {
      id: 'says-what-counts',
      fields: ['acceptsTitles', 'acceptsTypes', 'matchText', 'matchType'],
      field: 'acceptsTitles',
      message: 'Choose at least one training or type of training that counts.',
      clash: `Nothing says which training counts: ${MET}`,
      holds: (record) =>
        nonEmptyList(record['acceptsTitles']) ||
        nonEmptyList(record['acceptsTypes']) ||
        filledIn(record['matchText']) ||
        record['matchType'] != null,
    },
  ],
  charterAims: [required('title', 'The aim')],
  charterTargets: [
    required('description', 'The target'),
    {
      ...required('howMeasured', 'How the target is measured'),
      message: 'Say how the target is measured.',
    },
    {
      id: 'share-at-most-100',
      fields: ['unit', 'targetValue'],
      field: 'targetValue',
      message: 'A share must be 100% or less.',
      clash: `The target is a share above 100%: ${MET}`,
      holds: (record) =>
        record['unit'] !== '%' || typeof record['targetValue'] !== 'number' || record['targetValue'] <= 100,
    },
  ],
  agencyCommitments: [
    required('description', 'What the agency commits'),
    ordered(
      'commitment-order',
      'start',
      'end',
      'The end date must be on or after the start.',
      'The commitment ends before it starts',
    ),
  ],
  procedures: [required('title', 'The title')],
  procedureVersions: [required('text', 'The text of the procedure')],
  reflectionTemplates: [required('name', 'The template name')],
  reflectionSessions: [required('title', 'The title')],
  sessionNotes: [required('prompt', 'The prompt')],
  sessionDecisions: [required('text', 'The decision')],
  healthChecks: [
    required('title', 'The title'),
    ordered(
      'check-order',
      'opensOn',
      'closesOn',
      'The closing date must not be before the opening date.',
      'The health check closes before it opens',
    ),
  ],
} satisfies RuleBook;

const BOOK: RuleBook = RULES;

/** Every rule of a table (none for a table this version does not know). */
export function rulesOf(table: string): readonly RecordRule[] {
  return isTableName(table) ? (BOOK[table] ?? []) : [];
}

/** The rules a live record breaks; none for a deleted record. */
export function brokenRules(table: string, record: SyncedRecord): RecordRule[] {
  if (record.deleted) return [];
  return rulesOf(table).filter((rule) => !rule.holds(record));
}

/**
 * What an edit may not do: break a rule one of whose fields it changes. `changed` is every field the edit changes
 * (all of them for a new record).
 */
export function rulesBrokenBy(
  table: string,
  record: SyncedRecord,
  changed: ReadonlySet<string>,
): RecordRule[] {
  return brokenRules(table, record).filter((rule) => rule.fields.some((field) => changed.has(field)));
}

/** A rule by its id, for showing a stored clash (undefined once a later version has dropped the rule). */
export function ruleById(table: string, id: string): RecordRule | undefined {
  return rulesOf(table).find((rule) => rule.id === id);
}
