/**
 * Rules for a procedure's versions: which one is in force, what publishing a draft changes, that a published
 * version's text is never edited (so every earlier version stays readable as it was), who has read the version in
 * force (comparing two versions is `textDiff.ts`).
 */
import type { ProcedureRead, ProcedureVersion } from '../domain/charter';
import type { Member } from '../domain/directory';

type Version = Pick<ProcedureVersion, 'id' | 'number' | 'status' | 'publishedAt' | 'deleted'>;

/** Live versions, newest number first. */
export function versionsNewestFirst<V extends Version>(versions: readonly V[]): V[] {
  return versions.filter((version) => !version.deleted).sort((a, b) => b.number - a.number);
}

/**
 * The version in force. If two PCs each published a version before their changes met, both say "in force": the
 * one published last wins, and the other is shown as replaced.
 */
export function versionInForce<V extends Version>(versions: readonly V[]): V | null {
  let current: V | null = null;
  for (const version of versions) {
    if (version.deleted || version.status !== 'in-force') continue;
    if (
      !current ||
      (version.publishedAt ?? '') > (current.publishedAt ?? '') ||
      ((version.publishedAt ?? '') === (current.publishedAt ?? '') && version.number > current.number)
    )
      current = version;
  }
  return current;
}

/** The status to show: a second "in force" that lost to a later publication reads as replaced. */
export function shownStatus<V extends Version>(version: V, versions: readonly V[]): V['status'] {
  if (version.status !== 'in-force') return version.status;
  return versionInForce(versions)?.id === version.id ? 'in-force' : 'superseded';
}

/** Numbers are never reused, even after a draft is deleted, so "version 3" always means one text. */
export function nextVersionNumber(versions: readonly Pick<ProcedureVersion, 'number'>[]): number {
  return versions.reduce((max, version) => Math.max(max, version.number), 0) + 1;
}

/** Only a draft's text and change summary may change; a published version is kept exactly as it was. */
export function canEditVersion(version: Pick<ProcedureVersion, 'status'>): boolean {
  return version.status === 'draft';
}

export interface StatusChange {
  id: string;
  status: 'in-force' | 'superseded';
}

/** What publishing a draft changes: the draft comes into force and every version in force is replaced. */
export function publishChanges(versions: readonly Version[], draftId: string): StatusChange[] {
  const draft = versions.find((version) => version.id === draftId);
  if (!draft || draft.deleted) throw new Error('This draft is no longer here. Someone may have removed it.');
  if (draft.status !== 'draft') throw new Error('This version has already been published.');
  const changes: StatusChange[] = versions
    .filter((version) => !version.deleted && version.status === 'in-force')
    .map((version) => ({ id: version.id, status: 'superseded' }));
  changes.push({ id: draftId, status: 'in-force' });
  return changes;
}

/** Whether a member has recorded reading this exact version (a read of an earlier version does not count). */
export function hasRead(
  reads: readonly Pick<ProcedureRead, 'versionId' | 'memberId' | 'deleted'>[],
  versionId: string,
  memberId: string,
): boolean {
  return reads.some((read) => !read.deleted && read.versionId === versionId && read.memberId === memberId);
}

/** Active members (not on leave, not left) who have not recorded reading the version, by name. */
export function membersNotRead<M extends Pick<Member, 'id' | 'name' | 'status' | 'deleted'>>(
  members: readonly M[],
  reads: readonly Pick<ProcedureRead, 'versionId' | 'memberId' | 'deleted'>[],
  versionId: string,
): M[] {
  return members
    .filter((member) => !member.deleted && member.status === 'active')
    .filter((member) => !hasRead(reads, versionId, member.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
