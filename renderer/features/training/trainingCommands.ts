/**
 * Writes for the training log (the team database's trainingEntries, trainingAttendance and requiredTraining
 * tables), each through the one write path so it is stamped, signed and audited. An entry and its attendance rows
 * are written in one go: either all are saved or none.
 */
import type { Member } from '../../../shared/domain/directory';
import type { TrainingAttendance, TrainingEntry } from '../../../shared/domain/training';
import type { EntryFields } from '../../../shared/training/entryForm';
import { attendanceTooEarly } from '../../../shared/training/entryForm';
import { recordCommands } from '../../db/recordCommands';
import { WriteError, inOneWrite, type WriteContext } from '../../db/writer';
import { mayWriteReflection } from '../../../shared/access/permissions';

const entries = recordCommands('trainingEntries');
const attendance = recordCommands('trainingAttendance');
const required = recordCommands('requiredTraining');

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
    const entryId = await entries.create(writer, {
      ...fields,
      status: options.status,
      sessionId: options.sessionId ?? null,
    });
    for (const member of attendees) {
      await attendance.create(writer, {
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
    await entries.update(writer, entry.id, fields);
    const chosen = new Set(attendees.map((member) => member.id));
    const existing = new Set(rows.map((row) => row.memberId));
    for (const row of rows) if (!chosen.has(row.memberId)) await attendance.remove(writer, row.id);
    for (const member of attendees) {
      if (existing.has(member.id)) continue;
      await attendance.create(writer, {
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
      await attendance.update(writer, row.id, { attended: came.has(row.memberId) });
    }
    for (const member of attended) {
      if (listed.has(member.id)) continue;
      await attendance.create(writer, {
        entryId: entry.id,
        ...attendeeFields(member, false),
      });
    }
    await entries.update(writer, entry.id, { status: 'done' });
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
    await attendance.update(writer, attendanceId, fields);
  });
}

/** Removes an entry from the log; it can be brought back from "Recently deleted". */
export const removeTraining = entries.remove;

export const addRequirement = required.create;
export const changeRequirement = required.update;
export const removeRequirement = required.remove;
