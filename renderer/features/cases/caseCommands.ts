/**
 * Writes to a case record itself (table `cases`, the team database): creating, changing its details, the lead
 * professional, reviews, closing and reopening (moving between stages is the board's `moveCase`). Each change that
 * matters to the child's story also adds a chronology entry in the same write, so record and chronology agree.
 */
import type { Case, ChronologyType } from '../../../shared/domain/cases';
import type { TeamDb } from '../../db/teamDb';
import { WriteError, createRecord, inOneWrite, updateRecord, type WriteContext } from '../../db/writer';

export interface NewCaseInput {
  reference: string;
  displayName: string;
  columnId: string;
  leadMemberId: string | null;
  /** Wellbeing indicator ids of the team's framework. */
  concerns: string[];
}

const REFERENCE_PATTERN = /^JU-(\d+)$/i;

/**
 * The next "JU-0001" style reference above every reference the team has used, deleted cases included. References
 * are sealed on disk like the rest of a case, so there is no index of them: the cases are read.
 */
export async function nextFreeReference(db: TeamDb): Promise<string> {
  let highest = 0;
  for (const row of await db.rows('cases').toArray()) {
    const number = Number(REFERENCE_PATTERN.exec(row.reference)?.[1] ?? 0);
    if (number > highest) highest = number;
  }
  return `JU-${String(highest + 1).padStart(4, '0')}`;
}

/** Is this reference already used by a case that is not deleted (letter case ignored)? */
export async function referenceInUse(db: TeamDb, reference: string, exceptId?: string): Promise<boolean> {
  const wanted = reference.trim().toLowerCase();
  const rows = await db.rows('cases').toArray();
  return rows.some((row) => !row.deleted && row.id !== exceptId && row.reference.toLowerCase() === wanted);
}

function referenceTaken(reference: string): WriteError {
  const message = `Another case already has the reference ${reference.trim()}. Choose a different reference.`;
  return new WriteError(message, [{ field: 'reference', message }]);
}

async function addEntry(
  writer: WriteContext,
  caseId: string,
  type: ChronologyType,
  text: string,
  date: string,
  extra: { reviewDue?: string | null } = {},
): Promise<string> {
  return createRecord(writer, 'chronology', {
    caseId,
    date,
    type,
    text,
    authorId: writer.person.id || null,
    ...extra,
  });
}

async function memberName(writer: WriteContext, id: string | null): Promise<string> {
  if (id === null) return 'nobody';
  return (await writer.db.rows('members').get(id))?.name ?? 'someone no longer in the directory';
}

async function liveCase(writer: WriteContext, caseId: string): Promise<Case> {
  const row = await writer.db.rows('cases').get(caseId);
  if (!row || row.deleted)
    throw new WriteError('This case is no longer on the board. Someone may have deleted it.');
  return row;
}

/** Makes the lead professional part of the team around the child, if they are not already. */
async function ensureInvolved(writer: WriteContext, caseId: string, memberId: string, today: string) {
  const involved = await writer.db.rows('involvements').where('caseId').equals(caseId).toArray();
  if (involved.some((row) => !row.deleted && row.memberId === memberId && row.until === null)) return;
  const member = await writer.db.rows('members').get(memberId);
  await createRecord(writer, 'involvements', {
    caseId,
    memberId,
    agencyId: member?.employingAgencyId ?? null,
    role: 'Lead professional',
    since: today,
  });
}

/** Opens a new case on the board and returns its id. */
export async function createCase(writer: WriteContext, input: NewCaseInput, today: string): Promise<string> {
  return inOneWrite(writer, async () => {
    if (await referenceInUse(writer.db, input.reference)) throw referenceTaken(input.reference);
    const caseId = await createRecord(writer, 'cases', {
      reference: input.reference,
      displayName: input.displayName,
      columnId: input.columnId,
      leadMemberId: input.leadMemberId,
      concerns: input.concerns,
      openedAt: today,
    });
    if (input.leadMemberId !== null) await ensureInvolved(writer, caseId, input.leadMemberId, today);
    const column = await writer.db.rows('boardColumns').get(input.columnId);
    await addEntry(writer, caseId, 'note', `Case opened${column ? ` at ${column.title}` : ''}.`, today);
    return caseId;
  });
}

export type CaseDetails = Partial<
  Pick<
    Case,
    | 'reference'
    | 'displayName'
    | 'concerns'
    | 'nextReviewDate'
    | 'sharingBasis'
    | 'consentGivenBy'
    | 'consentGivenOn'
    | 'consentScope'
    | 'legalBasis'
    | 'sharingRestriction'
    | 'protocolVersionId'
  >
>;

/** Changes details of a case that need no chronology entry of their own; false when nothing changed. */
export async function updateCaseDetails(
  writer: WriteContext,
  caseId: string,
  patch: CaseDetails,
): Promise<boolean> {
  return inOneWrite(writer, async () => {
    if (patch.reference !== undefined && (await referenceInUse(writer.db, patch.reference, caseId))) {
      throw referenceTaken(patch.reference);
    }
    return updateRecord(writer, 'cases', caseId, patch);
  });
}

/** Hands the case to a new lead professional (or none); the change goes into the chronology. */
export async function changeLead(
  writer: WriteContext,
  caseId: string,
  memberId: string | null,
  today: string,
): Promise<void> {
  await inOneWrite(writer, async () => {
    const row = await liveCase(writer, caseId);
    if (row.leadMemberId === memberId) return;
    const before = await memberName(writer, row.leadMemberId);
    const after = await memberName(writer, memberId);
    await updateRecord(writer, 'cases', caseId, { leadMemberId: memberId });
    if (memberId !== null) await ensureInvolved(writer, caseId, memberId, today);
    await addEntry(
      writer,
      caseId,
      'decision',
      `Lead professional changed from ${before} to ${after}.`,
      today,
    );
  });
}

export interface ReviewInput {
  /** The day the review was held. */
  heldOn: string;
  /** What was agreed, in a few words. */
  note: string;
  /** The next review date, or null when none is set yet. */
  nextReviewDate: string | null;
}

/**
 * Records a review held: a 'review' chronology entry carrying the review date it answered, and the next review
 * date. Whether reviews are held on time is measured from these entries.
 */
export async function recordReviewHeld(
  writer: WriteContext,
  caseId: string,
  input: ReviewInput,
): Promise<void> {
  await inOneWrite(writer, async () => {
    const row = await liveCase(writer, caseId);
    const note = input.note.trim() === '' ? 'Review held.' : input.note.trim();
    await addEntry(writer, caseId, 'review', note, input.heldOn, { reviewDue: row.nextReviewDate });
    await updateRecord(writer, 'cases', caseId, { nextReviewDate: input.nextReviewDate });
  });
}

export interface CloseInput {
  reason: string;
  outcome: string;
}

export async function closeCase(writer: WriteContext, caseId: string, input: CloseInput, today: string) {
  const problems = [
    ...(input.reason.trim() === ''
      ? [{ field: 'closeReason', message: 'Enter why the case is closing.' }]
      : []),
    ...(input.outcome.trim() === ''
      ? [{ field: 'outcome', message: 'Enter the outcome for the child and family.' }]
      : []),
  ];
  if (problems.length > 0) throw new WriteError(problems.map((p) => p.message).join(' '), problems);
  await inOneWrite(writer, async () => {
    const row = await liveCase(writer, caseId);
    if (row.status === 'closed') throw new WriteError('This case is already closed.');
    await updateRecord(writer, 'cases', caseId, {
      status: 'closed',
      closedAt: today,
      closeReason: input.reason.trim(),
      outcome: input.outcome.trim(),
    });
    await addEntry(
      writer,
      caseId,
      'decision',
      `Case closed. Reason: ${input.reason.trim()} Outcome: ${input.outcome.trim()}`,
      today,
    );
  });
}

export async function reopenCase(writer: WriteContext, caseId: string, reason: string, today: string) {
  if (reason.trim() === '') {
    const message = 'Enter why the case is being reopened.';
    throw new WriteError(message, [{ field: 'reopenReason', message }]);
  }
  await inOneWrite(writer, async () => {
    const row = await liveCase(writer, caseId);
    if (row.status === 'open') throw new WriteError('This case is already open.');
    await updateRecord(writer, 'cases', caseId, { status: 'open', closedAt: null });
    await addEntry(writer, caseId, 'decision', `Case reopened. Reason: ${reason.trim()}`, today);
  });
}
