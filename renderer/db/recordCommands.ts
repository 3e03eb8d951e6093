/**
 * The plain commands of one table whose rows need no rule beyond the write path's own (validate, stamp, sign,
 * audit): create a row, change some of its fields, remove it (to Recently deleted). A feature names them for
 * its own words (`createAim = aims.create`) and writes by hand only the commands that carry a rule.
 */
import type { FieldsOf, NewFieldsOf, TableName } from '../../shared/domain/registry';
import { createRecord, deleteRecord, updateRecord, type WriteContext } from './writer';

export interface RecordCommands<Name extends TableName> {
  create: (writer: WriteContext, fields: NewFieldsOf<Name>) => Promise<string>;
  update: (writer: WriteContext, id: string, patch: Partial<FieldsOf<Name>>) => Promise<boolean>;
  remove: (writer: WriteContext, id: string) => Promise<boolean>;
}

export function recordCommands<Name extends TableName>(table: Name): RecordCommands<Name> {
  return {
    create: (writer, fields) => createRecord(writer, table, fields),
    update: (writer, id, patch) => updateRecord(writer, table, id, patch),
    remove: (writer, id) => deleteRecord(writer, table, id),
  };
}
