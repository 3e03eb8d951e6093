/** Saving agencies of the directory (the team database's `agencies` table) through the one write path. */
import type { Agency } from '../../../../shared/domain/directory';
import { createRecord, inOneWrite, updateRecord, WriteError, type WriteContext } from '../../../db/writer';

export type AgencyFields = Omit<Agency, 'id' | 'stamps' | 'deleted' | 'purged' | 'updatedBy' | 'updatedAt'>;

/** Adds an agency or changes one; two agencies may not share a name. Returns the agency's id. */
export async function saveAgency(
  writer: WriteContext,
  id: string | null,
  fields: AgencyFields,
): Promise<string> {
  return inOneWrite(writer, async () => {
    const wanted = fields.name.trim().toLowerCase();
    const agencies = await writer.db.rows('agencies').toArray();
    const same = agencies.find(
      (agency) => !agency.deleted && agency.id !== id && agency.name.trim().toLowerCase() === wanted,
    );
    if (same && wanted !== '') {
      const message = `There is already an agency called ${same.name}.`;
      throw new WriteError(message, [{ field: 'name', message }]);
    }
    if (id === null) return createRecord(writer, 'agencies', fields);
    await updateRecord(writer, 'agencies', id, fields);
    return id;
  });
}
