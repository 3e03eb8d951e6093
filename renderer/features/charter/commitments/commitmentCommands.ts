/** Writing what each agency commits to the team (staff, funding, other resources), through the one write path. */
import type { FieldsOf, NewFieldsOf } from '../../../../shared/domain/registry';
import { createRecord, deleteRecord, updateRecord, type WriteContext } from '../../../db/writer';

export function createCommitment(
  writer: WriteContext,
  fields: NewFieldsOf<'agencyCommitments'>,
): Promise<string> {
  return createRecord(writer, 'agencyCommitments', fields);
}

export function updateCommitment(
  writer: WriteContext,
  id: string,
  patch: Partial<FieldsOf<'agencyCommitments'>>,
): Promise<boolean> {
  return updateRecord(writer, 'agencyCommitments', id, patch);
}

export function deleteCommitment(writer: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(writer, 'agencyCommitments', id);
}
