import type { Profession } from '../../../shared/domain/directory';
import { newId } from '../../../shared/sync/record';
import type { TeamDb } from '../../db/teamDb';
import { createRecord, makeWriteContext } from '../../db/writer';

/**
 * Adds the person at this PC to the team's directory. Their first change is signed with their own new member id,
 * so even this one is attributed to them.
 */
export async function addSelfToTeam(
  db: TeamDb,
  deviceId: string,
  input: { name: string; profession: Profession },
): Promise<string> {
  const id = newId();
  const writer = await makeWriteContext(db, deviceId, { id, name: input.name });
  await createRecord(writer, 'members', { name: input.name, profession: input.profession }, { id });
  return id;
}
