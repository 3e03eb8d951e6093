/**
 * The change history in plain words: "Sam Okafor changed the next review date of case JU-0042 on 3 March 2026 at
 * 14:05, on PC 3fa2…". Field names become words; values are shown as a person would write them.
 */
import { showDate, showDateTime } from '../dates';
import type { AuditAction, AuditRow } from '../domain/audit';
import { isAnonymousDevice } from '../sync/anonymousStamp';

/** What one record of each table is called in a sentence; tables not listed use their registry label. */
const RECORD_NOUNS: Partial<Record<string, string>> = {
  team: 'the team',
  boardColumns: 'board column',
  wellbeingIndicators: 'wellbeing indicator',
  searchWords: 'word for who can help',
  agencies: 'agency',
  members: 'team member',
  passwords: 'personal password',
  cases: 'case',
  involvements: 'involvement in a case',
  aims: 'aim',
  actions: 'action',
  services: 'service',
  views: 'view of the child or family',
  chronology: 'chronology entry',
  caseReferences: "agency's reference number",
  sharingDecisions: 'basis for sharing information',
  reflectionSessions: 'reflection session',
  sessionNotes: 'session note',
  sessionDecisions: 'session decision',
  sessionAttendance: 'attendance record',
  trainingEntries: 'training entry',
  trainingAttendance: 'training attendance record',
  procedures: 'procedure',
  procedureVersions: 'procedure version',
  procedureReads: 'record of reading a procedure',
  requiredTraining: 'required training',
  charterAims: 'joint aim',
  charterTargets: 'target',
  targetReadings: 'value recorded for a target',
  agencyCommitments: 'agency commitment',
  reflectionTemplates: 'reflection template',
  healthChecks: 'health check',
  healthCheckResponses: 'health check answer',
  savedViews: 'saved board view',
  caseVisits: 'record of opening a case',
};

export function recordNoun(table: string, fallback = 'record'): string {
  return RECORD_NOUNS[table] ?? fallback;
}

/**
 * Fields whose name, split into words, would not say what the form that changes them says: the history speaks of
 * a field in the words a person saw when they changed it.
 */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  acceptsTitles: 'training that counts',
  acceptsTypes: 'types of training that count',
  leadMemberId: 'lead professional',
  columnId: 'stage',
  displayName: 'name on the board',
  coLocated: 'co-located',
};

/** "nextReviewDate" → "next review date"; "leadMemberId" → "lead professional", as its form names it. */
export function fieldWords(field: string): string {
  const named = FIELD_WORDS[field];
  if (named !== undefined) return named;
  const words = field
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words === 'deleted' ? 'deleted mark' : words;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

const VERBS: Record<AuditAction, string> = {
  create: 'added',
  update: 'changed',
  delete: 'deleted',
  restore: 'brought back',
  purge: 'removed for good the personal details of',
  settle: 'settled a difference between PCs in',
  'set-pin': 'chose a PIN for',
  'clear-pin': 'cleared the PIN of',
  vouch: 'vouched in person for',
};

export function describeChange(
  row: Pick<AuditRow, 'action' | 'fields' | 'personName' | 'table' | 'at' | 'deviceId'>,
  recordTitle: string,
  tableLabel?: string,
): string {
  const noun = recordNoun(row.table, tableLabel);
  const thing = row.table === 'team' ? 'the team' : `${noun} ${recordTitle}`.trim();
  const who = row.personName || 'Someone';
  const fields = row.fields.filter((field) => field !== 'deleted');
  let what: string;
  if (row.table === 'passwords' && (row.action === 'create' || row.action === 'update')) {
    // The value is never kept or shown; only that it was set, by whom, when and where.
    what = `set the personal password of ${recordTitle || 'someone'}`;
  } else if ((row.action === 'update' || row.action === 'settle') && fields.length > 0) {
    const named =
      fields.length > 4
        ? [...fields.slice(0, 3).map(fieldWords), `${fields.length - 3} more`]
        : fields.map(fieldWords);
    what =
      row.action === 'update'
        ? `changed the ${listWords(named)} of ${thing}`
        : `${VERBS.settle} the ${listWords(named)} of ${thing}`;
  } else {
    what = `${VERBS[row.action]} ${thing}`;
  }
  // An anonymous contribution keeps only its day (in UTC) and names no PC: say no more than that.
  if (isAnonymousDevice(row.deviceId)) return `${who} ${what} on ${showDate(row.at.slice(0, 10))}`;
  return `${who} ${what} on ${showDateTime(row.at)}, on PC ${row.deviceId}`;
}

/** A stored value as a person would write it. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return showDate(value);
    return value.length > 120 ? `${value.slice(0, 119)}…` : value;
  }
  if (Array.isArray(value))
    return value.length === 0 ? '(none)' : value.map((item) => valueWords(item)).join(', ');
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
