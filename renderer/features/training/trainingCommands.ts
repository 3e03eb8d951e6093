/**
 * Writes for the training log (the team database's trainingEntries, trainingAttendance and requiredTraining
 * tables), each through the one write path so it is stamped, signed and audited. An entry and its attendance rows
 * are written in one go: either all are saved or none.
 */
import type { Member } from '../../../shared/domain/directory';
import type { RequiredTraining, TrainingAttendance, TrainingEntry } from '../../../shared/domain/training';
import type { EntryFields } from '../../../shared/training/entryForm';
import { attendanceTooEarly } from '../../../shared/training/entryForm';
import {
  WriteError,
  createRecord,
  deleteRecord,
  inOneWrite,
  updateRecord,
  type WriteContext,
} from '../../db/writer';
import { mayWriteReflection } from '../../../shared/access/permissions';

function attendeeFields(member: Member, planned: boolean) {
  return {
    memberId: member.id,
    professionAtTheTime: member.profession,
    agencyIdAtTheTime: member.employingAgencyId,
    invited: planned,
    attended: planned ? null : true,
  };
}

/** Logs training that happened, or plans an event, with its attendees (or invitees); returns the entry id. */
export async function addTraining(
  writer: WriteContext,
  fields: EntryFields,
  attendees: readonly Member[],
  options: { status: 'done' | 'planned'; sessionId?: string | null },
): Promise<string> {
  return inOneWrite(writer, async () => {
    const entryId = await createRecord(writer, 'trainingEntries', {
      ...fields,
      status: options.status,
      sessionId: options.sessionId ?? null,
    });
    for (const member of attendees) {
      await createRecord(writer, 'trainingAttendance', {
        entryId,
        ...attendeeFields(member, options.status === 'planned'),
      });
    }
    return entryId;
  });
}

/**
 * Saves changes to an entry and its list of people: new people get a row (keeping the profession they have now),
 * people taken off lose theirs, and everyone else keeps their row and their own reflection.
 */
export async function changeTraining(
  writer: WriteContext,
  entry: TrainingEntry,
  fields: EntryFields,
  attendees: readonly Member[],
  rows: readonly TrainingAttendance[],
): Promise<void> {
  await inOneWrite(writer, async () => {
    await updateRecord(writer, 'trainingEntries', entry.id, fields);
    const chosen = new Set(attendees.map((member) => member.id));
    const existing = new Set(rows.map((row) => row.memberId));
    for (const row of rows)
      if (!chosen.has(row.memberId)) await deleteRecord(writer, 'trainingAttendance', row.id);
    for (const member of attendees) {
      if (existing.has(member.id)) continue;
      await createRecord(writer, 'trainingAttendance', {
        entryId: entry.id,
        ...attendeeFields(member, entry.status === 'planned'),
      });
    }
  });
}

/**
 * Marks who came to a planned event, which makes it a done entry in each attendee's record. People who came
 * without an invitation are added; invited people who did not come stay on the list as not attended.
 */
export async function markAttendance(
  writer: WriteContext,
  entry: TrainingEntry,
  attended: readonly Member[],
  rows: readonly TrainingAttendance[],
  today: string,
): Promise<void> {
  const tooEarly = attendanceTooEarly(entry.date, today);
  if (tooEarly) throw new WriteError(tooEarly);
  if (attended.length === 0) throw new WriteError('Choose at least one person who attended.');
  await inOneWrite(writer, async () => {
    const came = new Set(attended.map((member) => member.id));
    const listed = new Set(rows.map((row) => row.memberId));
    for (const row of rows) {
      await updateRecord(writer, 'trainingAttendance', row.id, { attended: came.has(row.memberId) });
    }
    for (const member of attended) {
      if (listed.has(member.id)) continue;
      await createRecord(writer, 'trainingAttendance', {
        entryId: entry.id,
        ...attendeeFields(member, false),
      });
    }
    await updateRecord(writer, 'trainingEntries', entry.id, { status: 'done' });
  });
}

export type ReflectionFields = {
  learnt: string;
  changedPractice: string;
  peerReflectionWith: string;
  peerReflectionOutcome: string;
};

/** A person's own reflection on training they attended, kept on their attendance row. */
export async function saveOwnReflection(
  writer: WriteContext,
  attendanceId: string,
  fields: ReflectionFields,
): Promise<void> {
  await inOneWrite(writer, async () => {
    const row = await writer.db.rows('trainingAttendance').get(attendanceId);
    const me = (await writer.db.rows('members').get(writer.person.id)) ?? null;
    if (row && !mayWriteReflection(me, row.memberId)) {
      throw new WriteError('Only the person who attended can write their own reflection.');
    }
    await updateRecord(writer, 'trainingAttendance', attendanceId, fields);
  });
}

/** Removes an entry from the log; it can be brought back from "Recently deleted". */
export async function removeTraining(writer: WriteContext, entryId: string): Promise<void> {
  await deleteRecord(writer, 'trainingEntries', entryId);
}

export type RequirementFields = Pick<
  RequiredTraining,
  | 'title'
  | 'acceptsTitles'
  | 'acceptsTypes'
  | 'matchText'
  | 'matchType'
  | 'appliesToProfessions'
  | 'renewEveryMonths'
>;

export async function addRequirement(writer: WriteContext, fields: RequirementFields): Promise<string> {
  return createRecord(writer, 'requiredTraining', fields);
}

export async function changeRequirement(
  writer: WriteContext,
  id: string,
  fields: RequirementFields,
): Promise<void> {
  await updateRecord(writer, 'requiredTraining', id, fields);
}

export async function removeRequirement(writer: WriteContext, id: string): Promise<void> {
  await deleteRecord(writer, 'requiredTraining', id);
}
