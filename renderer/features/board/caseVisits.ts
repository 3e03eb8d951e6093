/**
 * When each person last opened each case (synced table `caseVisits`, one record per person and case), so the board
 * can mark cases others have changed since. The case page calls `recordCaseVisit` each time it opens a case.
 */
import { caseVisitId } from '../../../shared/board/caseActivity';
import { createRecord, inOneWrite, restoreRecord, updateRecord, type WriteContext } from '../../db/writer';

/** Notes that the person working has just opened this case. */
export async function recordCaseVisit(writer: WriteContext, caseId: string): Promise<void> {
  const personId = writer.person.id;
  if (personId === '') return;
  const id = caseVisitId(personId, caseId);
  const at = new Date().toISOString();
  await inOneWrite(writer, async () => {
    const existing = await writer.db.rows('caseVisits').get(id);
    if (!existing) {
      await createRecord(writer, 'caseVisits', { personId, caseId, at }, { id });
      return;
    }
    if (existing.deleted) await restoreRecord(writer, 'caseVisits', id);
    await updateRecord(writer, 'caseVisits', id, { at });
  });
}
