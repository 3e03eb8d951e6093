/**
 * Anonymous contributions to the team database (IndexedDB): records such as a health-check answer that must not be
 * traced to a person. They are written beside the one write path (writer.ts) with its checks, but signed by nobody,
 * stamped with a one-off tag and the day only, and leave this PC's clock where it was.
 */
import { AUDIT_TABLE, tableByName, type NewFieldsOf, type TableName } from '../../shared/domain/registry';
import { anonymousStamp, dayOnly, utcDay } from '../../shared/sync/anonymousStamp';
import { hlcDevice } from '../../shared/sync/hlc';
import { observeStamps } from '../../shared/sync/versionVector';
import { newId, type SyncedRecord } from '../../shared/sync/record';
import { noteClashes } from './clashes';
import { readVersionVectors, setMeta } from './meta';
import type { TeamDb } from './teamDb';
import { assertNoManagedFields, type WriteContext } from './writer';
import { MANAGED_FIELDS, auditRow, validateRecord } from './writeRules';

/** Who an anonymous contribution is signed by: no member id, in the record or its line in the change history. */
export const ANONYMOUS_PERSON: WriteContext['person'] = { id: '', name: 'Anonymous' };

/**
 * Adds a record that must not be traced to a person: no member id, no PC and no time finer than the day, in the
 * record, its stamps and its line in the change history (see shared/sync/anonymousStamp.ts). This PC's clock and
 * its own entry in the version vector are left as they were, so nothing stored here moves at the moment of the
 * answer; only the vector learns the answer's one-off tag, as it would from a file.
 */
export async function createAnonymousRecord<Name extends TableName>(
  db: TeamDb,
  tableName: Name,
  fields: NewFieldsOf<Name>,
  now: Date = new Date(),
): Promise<string> {
  const def = tableByName(tableName);
  assertNoManagedFields(fields);
  const id = newId();
  const day = utcDay(now);
  const stamp = anonymousStamp(day);
  const at = dayOnly(day).iso;
  return db.transaction('rw', [def.name, AUDIT_TABLE.name, 'meta'], async () => {
    const parsed = validateRecord(def, {
      ...fields,
      id,
      stamps: {},
      deleted: false,
      updatedBy: ANONYMOUS_PERSON.id,
      updatedAt: at,
    });
    const fieldNames = Object.keys(parsed).filter((key) => key !== 'id' && key !== 'stamps');
    const record: SyncedRecord = {
      ...parsed,
      stamps: Object.fromEntries(fieldNames.map((key) => [key, stamp])),
    };
    await db.table<SyncedRecord, string>(def.name).add(record);
    await noteClashes(db, [{ table: def.name, record }], at);
    await db.audit.add(
      auditRow({
        def,
        recordId: id,
        stamp,
        at,
        person: ANONYMOUS_PERSON,
        deviceId: hlcDevice(stamp),
        action: 'create',
        fields: fieldNames.filter((key) => !MANAGED_FIELDS.has(key)),
        before: undefined,
        after: record,
      }),
    );
    await setMeta(db, 'versionVectors', observeStamps(await readVersionVectors(db), def.area, [stamp]));
    return id;
  });
}
