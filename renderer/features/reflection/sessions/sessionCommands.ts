/**
 * Writing reflection sessions: creating one from a template (its prompts become the agenda), attendance, agenda
 * items and their notes, decisions, and the session's actions in the shared `actions` table. Every write goes
 * through the team's write path (renderer/db/writer.ts).
 */
import type { Prompt, ReflectionSession, TemplateKind } from '../../../../shared/domain/reflection';
import type { NewFieldsOf } from '../../../../shared/domain/registry';
import { attendanceId } from '../../../../shared/reflection/attendanceId';
import {
  createRecord,
  deleteRecord,
  inOneWrite,
  restoreRecord,
  updateRecord,
  type WriteContext,
} from '../../../db/writer';

export interface NewSession {
  date: string;
  title: string;
  facilitatorId: string | null;
  templateKind: TemplateKind;
  templateId: string | null;
  caseId: string | null;
  procedureId: string | null;
  prompts: readonly Prompt[];
}

/** Creates the session and copies the prompts into its agenda, all in one write. Returns the session id. */
export function createSession(writer: WriteContext, session: NewSession): Promise<string> {
  const { prompts, ...fields } = session;
  return inOneWrite(writer, async () => {
    const id = await createRecord(writer, 'reflectionSessions', {
      ...fields,
      status: 'planned',
      createdAt: new Date().toISOString(),
    });
    for (const [index, prompt] of prompts.entries()) {
      await createRecord(writer, 'sessionNotes', {
        sessionId: id,
        position: index + 1,
        prompt: prompt.text,
        guidance: prompt.guidance,
        minutes: prompt.minutes,
        text: '',
      });
    }
    return id;
  });
}

export function updateSession(
  writer: WriteContext,
  id: string,
  patch: Partial<
    Pick<ReflectionSession, 'date' | 'title' | 'facilitatorId' | 'status' | 'caseId' | 'procedureId'>
  >,
): Promise<boolean> {
  return updateRecord(writer, 'reflectionSessions', id, patch);
}

/**
 * Marks one person attended, sent apologies, or not marked (null). Their record for this session has the same id
 * on every PC (shared/reflection/attendanceId.ts), so marking, unmarking and marking again reuse it.
 */
export function markAttendance(
  writer: WriteContext,
  sessionId: string,
  memberId: string,
  status: 'attended' | 'apologies' | null,
): Promise<void> {
  const id = attendanceId(sessionId, memberId);
  return inOneWrite(writer, async () => {
    const row = await writer.db.rows('sessionAttendance').get(id);
    if (status === null) {
      if (row && !row.deleted) await deleteRecord(writer, 'sessionAttendance', id);
      return;
    }
    if (!row) {
      await createRecord(writer, 'sessionAttendance', { sessionId, memberId, status }, { id });
      return;
    }
    if (row.deleted) await restoreRecord(writer, 'sessionAttendance', id);
    await updateRecord(writer, 'sessionAttendance', id, { status });
  });
}

export function addAgendaItem(
  writer: WriteContext,
  sessionId: string,
  position: number,
  prompt: Prompt,
): Promise<string> {
  return createRecord(writer, 'sessionNotes', {
    sessionId,
    position,
    prompt: prompt.text,
    guidance: prompt.guidance,
    minutes: prompt.minutes,
    text: '',
  });
}

export function updateAgendaItem(
  writer: WriteContext,
  id: string,
  patch: { prompt?: string; guidance?: string; minutes?: number | null; position?: number },
): Promise<boolean> {
  return updateRecord(writer, 'sessionNotes', id, patch);
}

export function removeAgendaItem(writer: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(writer, 'sessionNotes', id);
}

/** Saves the notes typed under one agenda item. */
export function saveNote(writer: WriteContext, id: string, text: string): Promise<boolean> {
  return updateRecord(writer, 'sessionNotes', id, { text });
}

export function addDecision(
  writer: WriteContext,
  sessionId: string,
  text: string,
  proposesProcedureId: string | null = null,
): Promise<string> {
  return createRecord(writer, 'sessionDecisions', { sessionId, text, proposesProcedureId });
}

export function removeDecision(writer: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(writer, 'sessionDecisions', id);
}

export interface NewSessionAction {
  text: string;
  ownerId: string | null;
  dueDate: string | null;
}

export function addSessionAction(
  writer: WriteContext,
  sessionId: string,
  action: NewSessionAction,
): Promise<string> {
  const fields: NewFieldsOf<'actions'> = { source: 'session', sessionId, caseId: null, ...action };
  return createRecord(writer, 'actions', fields);
}

export function markActionDone(writer: WriteContext, id: string): Promise<boolean> {
  return updateRecord(writer, 'actions', id, {
    status: 'done',
    doneAt: new Date().toISOString(),
    doneBy: writer.person.id,
  });
}

export function dropAction(writer: WriteContext, id: string, reason: string): Promise<boolean> {
  return updateRecord(writer, 'actions', id, { status: 'dropped', dropReason: reason.trim() });
}

export function reopenAction(writer: WriteContext, id: string): Promise<boolean> {
  return updateRecord(writer, 'actions', id, { status: 'open', doneAt: null, doneBy: null, dropReason: '' });
}

/** Carries an open action to the next session with the new date it is due by; it stays open. */
export function carryActionForward(writer: WriteContext, id: string, dueDate: string): Promise<boolean> {
  return updateRecord(writer, 'actions', id, { dueDate });
}
