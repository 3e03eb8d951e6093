/**
 * The one list of what a team database keeps readable on the PC's disk. Every other field of every record is sealed
 * with the team's data key (atRest.ts). IndexedDB can only index what it can read, so each field an index uses must
 * be here, and only fields that say nothing about a person or a family belong here: record ids (random UUIDs),
 * calendar dates and times, codes from a fixed list, numbers, change stamps. Never a name, a reference, a title or
 * any free text. A test (readableOnDisk.test.ts) holds every table's indexes to this list and each listed field of a
 * synced table to its schema: a field that would accept someone's name cannot be listed.
 */

/** Why a field may be read on disk. */
export type ReadableKind =
  /** A random record id (UUID). */
  | 'id'
  /** A calendar date, YYYY-MM-DD. */
  | 'date'
  /** An ISO date and time. */
  | 'time'
  /** One of a fixed list of codes (a status, a kind, a profession), or a wellbeing indicator's code or id. */
  | 'code'
  | 'number'
  /** A change stamp: a time, a counter and a PC's device id. */
  | 'stamp'
  /** The name of a table of the registry. */
  | 'table'
  /** A key of the `meta` table: the app's own words ("clock", "board-change:<id>"), never a person's. */
  | 'metaKey';

export const READABLE_ON_DISK: Readonly<Record<string, Readonly<Record<string, ReadableKind>>>> = {
  team: { id: 'id' },
  boardColumns: { id: 'id', position: 'number' },
  wellbeingIndicators: { id: 'id' },
  searchWords: { id: 'id' },
  agencies: { id: 'id', type: 'code' },
  members: {
    id: 'id',
    profession: 'code',
    status: 'code',
    employingAgencyId: 'id',
    hostAgencyId: 'id',
  },
  cases: {
    id: 'id',
    columnId: 'id',
    leadMemberId: 'id',
    status: 'code',
    nextReviewDate: 'date',
    concerns: 'code',
  },
  involvements: { id: 'id', caseId: 'id', memberId: 'id', agencyId: 'id' },
  aims: { id: 'id', caseId: 'id' },
  actions: {
    id: 'id',
    caseId: 'id',
    sessionId: 'id',
    ownerId: 'id',
    dueDate: 'date',
    status: 'code',
    aimId: 'id',
  },
  services: { id: 'id', caseId: 'id', status: 'code' },
  views: { id: 'id', caseId: 'id' },
  chronology: { id: 'id', caseId: 'id', date: 'date', type: 'code' },
  caseReferences: { id: 'id', caseId: 'id' },
  sharingDecisions: { id: 'id', caseId: 'id' },
  savedViews: { id: 'id', ownerId: 'id' },
  caseVisits: { id: 'id', personId: 'id', caseId: 'id' },
  trainingEntries: { id: 'id', date: 'date', type: 'code', status: 'code', sessionId: 'id' },
  trainingAttendance: { id: 'id', entryId: 'id', memberId: 'id' },
  requiredTraining: { id: 'id' },
  charterAims: { id: 'id', ownerId: 'id', reviewDate: 'date' },
  charterTargets: { id: 'id', aimId: 'id', measure: 'code' },
  targetReadings: { id: 'id', targetId: 'id', date: 'date' },
  agencyCommitments: { id: 'id', agencyId: 'id', kind: 'code', end: 'date' },
  procedures: { id: 'id', kind: 'code', reviewDate: 'date' },
  procedureVersions: { id: 'id', procedureId: 'id', status: 'code' },
  procedureReads: { id: 'id', versionId: 'id', memberId: 'id' },
  reflectionTemplates: { id: 'id', kind: 'code' },
  reflectionSessions: {
    id: 'id',
    date: 'date',
    facilitatorId: 'id',
    templateKind: 'code',
    caseId: 'id',
    status: 'code',
  },
  sessionAttendance: { id: 'id', sessionId: 'id', memberId: 'id' },
  sessionNotes: { id: 'id', sessionId: 'id' },
  sessionDecisions: { id: 'id', sessionId: 'id', proposesProcedureId: 'id' },
  healthChecks: { id: 'id', opensOn: 'date', status: 'code' },
  healthCheckResponses: { id: 'id', checkId: 'id', memberId: 'id' },
  passwords: { id: 'id' },
  // Tables this PC keeps for itself. Their values are the app's own (ids, codes, times), written by the write path
  // and imports; the test of the change history checks what the writer puts there.
  audit: {
    id: 'id',
    at: 'time',
    stamp: 'stamp',
    personId: 'id',
    action: 'code',
    table: 'table',
    recordId: 'id',
  },
  decisions: { id: 'id', table: 'table', recordId: 'id', foundAt: 'time' },
  receipts: { bundleId: 'id', importedAt: 'time' },
  heldFiles: { bundleId: 'id', heldAt: 'time' },
  meta: { key: 'metaKey' },
};
