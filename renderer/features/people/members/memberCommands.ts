/**
 * Saving members of the directory through the one write path (the team database's `members` table). A duplicate
 * email is refused inside the same transaction as the save, so two quick saves cannot both get through.
 */
import type { Member } from '../../../../shared/domain/directory';
import { duplicateByEmail } from '../../../../shared/people/members';
import { createRecord, inOneWrite, updateRecord, WriteError, type WriteContext } from '../../../db/writer';

/** What a person fills in about a member (their team role is managed elsewhere). */
export type MemberFields = Omit<
  Member,
  'id' | 'stamps' | 'deleted' | 'purged' | 'updatedBy' | 'updatedAt' | 'teamRole'
>;

async function refuseDuplicate(writer: WriteContext, email: string, exceptId: string | null): Promise<void> {
  const members = await writer.db.rows('members').toArray();
  const duplicate = duplicateByEmail(members, email, exceptId);
  if (duplicate) {
    const message = `${duplicate.name} is already in the directory with this email. Check you are not adding the same person twice.`;
    throw new WriteError(message, [{ field: 'email', message }]);
  }
}

/** Adds a member, or changes one; returns the member's id. Throws a WriteError with plain field messages. */
export async function saveMember(
  writer: WriteContext,
  id: string | null,
  fields: MemberFields,
): Promise<string> {
  return inOneWrite(writer, async () => {
    await refuseDuplicate(writer, fields.email, id);
    if (id === null) return createRecord(writer, 'members', fields);
    await updateRecord(writer, 'members', id, fields);
    return id;
  });
}
