/** Writing what each agency commits to the team (staff, funding, other resources), through the one write path. */
import type { FieldsOf, NewFieldsOf } from '../../../shared/domain/registry';
import { createRecord, deleteRecord, updateRecord, type WriteContext } from '../../db/writer';

export function createCommitment(
  ctx: WriteContext,
  fields: NewFieldsOf<'agencyCommitments'>,
): Promise<string> {
  return createRecord(ctx, 'agencyCommitments', fields);
}

export function updateCommitment(
  ctx: WriteContext,
  id: string,
  patch: Partial<FieldsOf<'agencyCommitments'>>,
): Promise<boolean> {
  return updateRecord(ctx, 'agencyCommitments', id, patch);
}

export function deleteCommitment(ctx: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(ctx, 'agencyCommitments', id);
}
