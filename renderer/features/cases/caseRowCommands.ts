/**
 * Writes to the rows that belong to a case (tables involvements, aims, actions, services, views and chronology in
 * the team database). Each is a row of its own so that two people adding to one case at once both keep their work.
 */
import type {
  ActionStatus,
  AimStatus,
  ReferenceKind,
  ChronologyEntry,
  ChronologyType,
  ServiceStatus,
  ViewWhose,
} from '../../../shared/domain/cases';
import {
  WriteError,
  createRecord,
  deleteRecord,
  inOneWrite,
  restoreRecord,
  updateRecord,
  type WriteContext,
} from '../../db/writer';
import type { LawfulBasis, SpecialCategoryCondition } from '../../../shared/domain/sharing';
import { authorOf, mayRemoveEntry, type AuthoredTable } from '../../../shared/access/permissions';

/** The tables a case page can remove a row from (and bring it back with Undo). */
export type CaseRowTable =
  'involvements' | 'aims' | 'actions' | 'services' | 'views' | 'chronology' | 'caseReferences';

export async function addInvolvement(
  writer: WriteContext,
  caseId: string,
  input: { memberId: string | null; agencyId: string | null; role: string },
  today: string,
): Promise<string> {
  return createRecord(writer, 'involvements', { caseId, ...input, since: today });
}

/** Removes a person from the team around the child; the lead professional must be handed over first. */
export async function removeInvolvement(writer: WriteContext, involvementId: string): Promise<void> {
  await inOneWrite(writer, async () => {
    const row = await writer.db.rows('involvements').get(involvementId);
    if (!row) return;
    const caseRow = await writer.db.rows('cases').get(row.caseId);
    if (row.memberId !== null && caseRow?.leadMemberId === row.memberId) {
      throw new WriteError('This person is the lead professional. Choose another lead professional first.');
    }
    await deleteRecord(writer, 'involvements', involvementId);
  });
}

export async function addAim(
  writer: WriteContext,
  caseId: string,
  input: { text: string; progress?: number; status?: AimStatus },
): Promise<string> {
  return createRecord(writer, 'aims', { caseId, ...input });
}

export async function updateAim(
  writer: WriteContext,
  aimId: string,
  patch: { text?: string; progress?: number; status?: AimStatus },
): Promise<boolean> {
  return updateRecord(writer, 'aims', aimId, patch);
}

export type ActionInput = {
  text: string;
  ownerId: string | null;
  /** Someone outside the team, by name and role; left out or empty when a member owns it or nobody yet. */
  outsideOwner?: string;
  outsideOwnerRole?: string;
  dueDate: string | null;
  aimId: string | null;
};

export async function addCaseAction(
  writer: WriteContext,
  caseId: string,
  input: ActionInput,
): Promise<string> {
  return createRecord(writer, 'actions', { source: 'case', caseId, ...oneOwner(input) });
}

export async function updateAction(writer: WriteContext, actionId: string, input: ActionInput) {
  return updateRecord(writer, 'actions', actionId, oneOwner(input));
}

/** An action has one owner: a member, or someone outside the team with their role, or nobody yet. */
function oneOwner(input: ActionInput): Required<ActionInput> {
  const outsideOwner = input.ownerId === null ? (input.outsideOwner ?? '').trim() : '';
  const outsideOwnerRole = outsideOwner === '' ? '' : (input.outsideOwnerRole ?? '').trim();
  if (outsideOwner === '' && (input.outsideOwnerRole ?? '').trim() !== '' && input.ownerId === null) {
    const message = 'Enter the name of the person outside the team.';
    throw new WriteError(message, [{ field: 'outsideOwner', message }]);
  }
  return { ...input, outsideOwner, outsideOwnerRole };
}

/** Done actions carry who marked them done and when; reopening one clears both. */
export async function setActionStatus(
  writer: WriteContext,
  actionId: string,
  status: ActionStatus,
  now: Date = new Date(),
): Promise<boolean> {
  const done = status === 'done';
  return updateRecord(writer, 'actions', actionId, {
    status,
    doneAt: done ? now.toISOString() : null,
    doneBy: done ? writer.person.id || null : null,
  });
}

export type ServiceInput = {
  name: string;
  recommendedBy: string | null;
  recommendedOn: string | null;
  status: ServiceStatus;
  obtainedOn: string | null;
  whyNot: string;
};

function checkService(input: ServiceInput): void {
  const problems = [];
  if (input.status === 'obtained' && input.obtainedOn === null) {
    problems.push({ field: 'obtainedOn', message: 'Enter the date the service was obtained.' });
  }
  if ((input.status === 'declined' || input.status === 'not-available') && input.whyNot.trim() === '') {
    problems.push({ field: 'whyNot', message: 'Say why the service was not obtained.' });
  }
  if (input.obtainedOn !== null && input.recommendedOn !== null && input.obtainedOn < input.recommendedOn) {
    problems.push({
      field: 'obtainedOn',
      message: 'The date obtained must be on or after the date recommended.',
    });
  }
  if (problems.length > 0) throw new WriteError(problems.map((p) => p.message).join(' '), problems);
}

/** Only an obtained service keeps a date obtained; only one not obtained keeps a reason why not. */
function tidyService(input: ServiceInput): ServiceInput {
  return {
    ...input,
    obtainedOn: input.status === 'obtained' ? input.obtainedOn : null,
    whyNot: input.status === 'declined' || input.status === 'not-available' ? input.whyNot : '',
  };
}

export async function addService(writer: WriteContext, caseId: string, input: ServiceInput): Promise<string> {
  checkService(input);
  return createRecord(writer, 'services', { caseId, ...tidyService(input) });
}

export async function updateService(writer: WriteContext, serviceId: string, input: ServiceInput) {
  checkService(input);
  return updateRecord(writer, 'services', serviceId, tidyService(input));
}

/** Adds an agency's own reference number; the write path checks an NHS number and that another kind says what it is. */
export async function addCaseReference(
  writer: WriteContext,
  caseId: string,
  input: { kind: ReferenceKind; label: string; agencyId: string | null; value: string },
): Promise<string> {
  return createRecord(writer, 'caseReferences', {
    caseId,
    ...input,
    label: input.kind === 'other' ? input.label : '',
  });
}

export async function addView(
  writer: WriteContext,
  caseId: string,
  input: { whose: ViewWhose; text: string; recordedOn: string },
): Promise<string> {
  return createRecord(writer, 'views', { caseId, ...input, recordedBy: writer.person.id || null });
}

export async function addChronologyEntry(
  writer: WriteContext,
  caseId: string,
  input: { date: string; type: ChronologyType; text: string },
): Promise<string> {
  return createRecord(writer, 'chronology', { caseId, ...input, authorId: writer.person.id || null });
}

export async function updateChronologyEntry(
  writer: WriteContext,
  entryId: string,
  patch: Partial<Pick<ChronologyEntry, 'date' | 'type' | 'text'>>,
): Promise<boolean> {
  return updateRecord(writer, 'chronology', entryId, patch);
}

/** Removes an aim, action, service or involvement; entries someone wrote go through `removeCaseEntry`. */
export async function deleteCaseRow(
  writer: WriteContext,
  table: Exclude<CaseRowTable, AuthoredTable>,
  id: string,
): Promise<boolean> {
  if (table === 'involvements') {
    await removeInvolvement(writer, id);
    return true;
  }
  return deleteRecord(writer, table, id);
}

/**
 * Removes a chronology entry (a case note among them) or a recorded view of the child or family, with the reason
 * given. Only its author or a team leader may, as the interface already says; checked again here.
 */
export async function removeCaseEntry(
  writer: WriteContext,
  table: AuthoredTable,
  id: string,
  reason: string,
): Promise<void> {
  const why = reason.trim();
  if (why === '') {
    const message = 'Say why it is being removed.';
    throw new WriteError(message, [{ field: 'reason', message }]);
  }
  await inOneWrite(writer, async () => {
    const me = (await writer.db.rows('members').get(writer.person.id)) ?? null;
    const row =
      table === 'views' ? await writer.db.rows('views').get(id) : await writer.db.rows('chronology').get(id);
    if (!row || row.deleted)
      throw new WriteError('This is no longer on the case. Someone may have removed it already.');
    if (!mayRemoveEntry(me, authorOf(table, row))) {
      throw new WriteError('Only the person who wrote this, or a team leader, can remove it.');
    }
    await deleteRecord(writer, table, id, { removedReason: why });
  });
}

export async function restoreCaseRow(
  writer: WriteContext,
  table: CaseRowTable,
  id: string,
): Promise<boolean> {
  return restoreRecord(writer, table, id);
}

export type SharingDecisionInput = {
  basis: LawfulBasis;
  specialCategory: SpecialCategoryCondition;
  decidedBy: string | null;
  decidedOn: string;
  reason: string;
  reviewOn: string | null;
  consentGivenBy: string;
  consentScope: string;
};

/**
 * Records the basis for sharing a case's information as a new decision: the one before stays in the history, so a
 * consent that is replaced by another basis is kept with the reason for the change.
 */
export async function recordSharingDecision(
  writer: WriteContext,
  caseId: string,
  input: SharingDecisionInput,
): Promise<string> {
  const problems = [];
  if (input.reason.trim() === '') problems.push({ field: 'reason', message: 'Say why this basis applies.' });
  if (input.basis === 'consent' && input.consentGivenBy.trim() === '')
    problems.push({ field: 'consentGivenBy', message: 'Enter who gave consent.' });
  if (problems.length > 0) throw new WriteError(problems.map((p) => p.message).join(' '), problems);
  const consent = input.basis === 'consent';
  return createRecord(writer, 'sharingDecisions', {
    caseId,
    ...input,
    consentGivenBy: consent ? input.consentGivenBy : '',
    consentScope: consent ? input.consentScope : '',
  });
}
