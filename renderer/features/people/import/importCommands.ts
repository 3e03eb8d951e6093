/**
 * Saving the good rows of a checked CSV file as members (and any agencies they name that are new) in one
 * transaction: either everyone is added or, if anything fails, nobody is.
 */
import type { ImportPlan } from '../../../../shared/people/csv';
import { duplicateByEmail, normaliseEmail } from '../../../../shared/people/members';
import { createRecord, inOneWrite, WriteError, type WriteContext } from '../../../db/writer';

export interface ImportResult {
  added: number;
  agenciesAdded: number;
}

export async function importMembers(writer: WriteContext, plan: ImportPlan): Promise<ImportResult> {
  return inOneWrite(writer, async () => {
    const agencies = await writer.db.rows('agencies').toArray();
    const ids = new Map(
      agencies
        .filter((agency) => !agency.deleted)
        .map((agency) => [agency.name.trim().toLowerCase(), agency.id]),
    );
    let agenciesAdded = 0;
    const agencyId = async (name: string): Promise<string | null> => {
      if (name === '') return null;
      const known = ids.get(name.toLowerCase());
      if (known) return known;
      const id = await createRecord(writer, 'agencies', { name, type: 'other' });
      ids.set(name.toLowerCase(), id);
      agenciesAdded += 1;
      return id;
    };
    // Someone may have added one of these people since the file was checked: check again inside the save.
    const members = await writer.db.rows('members').toArray();
    for (const planned of plan.ready) {
      const email = normaliseEmail(planned.fields.email ?? '');
      const duplicate = email ? duplicateByEmail(members, email) : null;
      if (duplicate) {
        throw new WriteError(
          `Row ${planned.row}: ${duplicate.name} was added with the same email since the file was checked. Check the file again.`,
        );
      }
    }
    for (const planned of plan.ready) {
      const employingAgencyId = await agencyId(planned.employingAgency);
      const hostAgencyId = await agencyId(planned.hostAgency);
      await createRecord(writer, 'members', { ...planned.fields, employingAgencyId, hostAgencyId });
    }
    return { added: plan.ready.length, agenciesAdded };
  });
}
