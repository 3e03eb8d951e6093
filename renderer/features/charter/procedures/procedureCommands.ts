/**
 * Writing the team's procedures: a new procedure starts as a first draft; a draft is edited until it is published;
 * publishing replaces the version in force; a published version's text is never changed again, so every earlier
 * version stays readable as it was. All writes go through the one write path (renderer/db/writer.ts).
 */
import { mayPublishProcedure } from '../../../../shared/access/permissions';
import type { NewFieldsOf } from '../../../../shared/domain/registry';
import {
  canEditVersion,
  hasRead,
  nextVersionNumber,
  publishChanges,
  versionInForce,
  versionsNewestFirst,
} from '../../../../shared/charter/versions';
import {
  createRecord,
  deleteRecord,
  inOneWrite,
  updateRecord,
  WriteError,
  type WriteContext,
} from '../../../db/writer';

export interface NewProcedure {
  title: string;
  kind: NewFieldsOf<'procedures'>['kind'];
  reviewDate: string | null;
  text: string;
  changeSummary: string;
}

/** Adds a procedure with its first version as a draft; returns both ids. */
export function createProcedure(
  writer: WriteContext,
  fields: NewProcedure,
): Promise<{ procedureId: string; versionId: string }> {
  return inOneWrite(writer, async () => {
    const procedureId = await createRecord(writer, 'procedures', {
      title: fields.title,
      kind: fields.kind,
      reviewDate: fields.reviewDate,
    });
    const versionId = await createRecord(writer, 'procedureVersions', {
      procedureId,
      number: 1,
      text: fields.text,
      changeSummary: fields.changeSummary,
      status: 'draft',
    });
    return { procedureId, versionId };
  });
}

export function updateProcedure(
  writer: WriteContext,
  id: string,
  patch: { title?: string; kind?: NewProcedure['kind']; reviewDate?: string | null },
): Promise<boolean> {
  return updateRecord(writer, 'procedures', id, patch);
}

async function versionsOf(writer: WriteContext, procedureId: string) {
  return writer.db.rows('procedureVersions').where('procedureId').equals(procedureId).toArray();
}

async function draftOrRefuse(writer: WriteContext, versionId: string) {
  const version = await writer.db.rows('procedureVersions').get(versionId);
  if (!version || version.deleted)
    throw new WriteError('This version is no longer here. Someone may have removed it.');
  if (!canEditVersion(version)) {
    throw new WriteError('A published version is kept as it was. Start a new version to change the text.');
  }
  return version;
}

/** Saves a draft's text and change summary. Refused for a published version. */
export function saveDraft(
  writer: WriteContext,
  versionId: string,
  fields: { text: string; changeSummary: string },
): Promise<boolean> {
  return inOneWrite(writer, async () => {
    await draftOrRefuse(writer, versionId);
    return updateRecord(writer, 'procedureVersions', versionId, fields);
  });
}

/** Removes a draft nobody has published. A published version cannot be removed this way. */
export function deleteDraft(writer: WriteContext, versionId: string): Promise<boolean> {
  return inOneWrite(writer, async () => {
    await draftOrRefuse(writer, versionId);
    return deleteRecord(writer, 'procedureVersions', versionId);
  });
}

/** Brings a draft into force, signed by the person working; the version that was in force is replaced. */
export function publishVersion(writer: WriteContext, versionId: string): Promise<void> {
  return inOneWrite(writer, async () => {
    const me = (await writer.db.rows('members').get(writer.person.id)) ?? null;
    if (!mayPublishProcedure(me))
      throw new WriteError('Only a team leader can publish a version of a procedure.');
    const draft = await draftOrRefuse(writer, versionId);
    const versions = await versionsOf(writer, draft.procedureId);
    for (const change of publishChanges(versions, versionId)) {
      if (change.id === versionId) {
        await updateRecord(writer, 'procedureVersions', versionId, {
          status: 'in-force',
          publishedAt: new Date().toISOString(),
          publishedBy: writer.person.id,
        });
      } else {
        await updateRecord(writer, 'procedureVersions', change.id, { status: change.status });
      }
    }
  });
}

/**
 * Starts a new draft from the version in force (or the latest version), with a change summary to say why. When a
 * draft already exists, that draft is returned instead (with this reason added to its summary), so two people do
 * not write two competing drafts here.
 */
export function startNewVersion(
  writer: WriteContext,
  procedureId: string,
  changeSummary: string,
): Promise<{ versionId: string; created: boolean }> {
  return inOneWrite(writer, async () => {
    const versions = await versionsOf(writer, procedureId);
    const live = versionsNewestFirst(versions);
    const draft = live.find((version) => version.status === 'draft');
    if (draft) {
      // The reason for this change joins the draft's summary, so a decision's proposal is not lost.
      const summary = changeSummary.trim();
      if (summary !== '' && !draft.changeSummary.includes(summary)) {
        const joined =
          draft.changeSummary.trim() === '' ? summary : `${draft.changeSummary.trim()}\n${summary}`;
        await updateRecord(writer, 'procedureVersions', draft.id, { changeSummary: joined });
      }
      return { versionId: draft.id, created: false };
    }
    const base = versionInForce(versions) ?? live[0] ?? null;
    const versionId = await createRecord(writer, 'procedureVersions', {
      procedureId,
      number: nextVersionNumber(versions),
      text: base?.text ?? '',
      changeSummary,
      status: 'draft',
    });
    return { versionId, created: true };
  });
}

/** Records that a member has read a version in force. Recording it twice changes nothing. */
export function markRead(writer: WriteContext, versionId: string, memberId: string): Promise<boolean> {
  return inOneWrite(writer, async () => {
    const version = await writer.db.rows('procedureVersions').get(versionId);
    if (!version || version.deleted) throw new WriteError('This version is no longer here.');
    if (version.status !== 'in-force') {
      throw new WriteError('Only the version in force can be marked as read.');
    }
    const reads = await writer.db.rows('procedureReads').where('versionId').equals(versionId).toArray();
    if (hasRead(reads, versionId, memberId)) return false;
    await createRecord(writer, 'procedureReads', { versionId, memberId, readAt: new Date().toISOString() });
    return true;
  });
}
