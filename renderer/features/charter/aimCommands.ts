/**
 * Writing the team's joint aims, their targets and the values recorded against targets, through the one write
 * path. Removing an aim removes its targets with it, in one write.
 */
import type { FieldsOf, NewFieldsOf } from '../../../shared/domain/registry';
import { createRecord, deleteRecord, inOneWrite, updateRecord, type WriteContext } from '../../db/writer';

export function createAim(ctx: WriteContext, fields: NewFieldsOf<'charterAims'>): Promise<string> {
  return createRecord(ctx, 'charterAims', fields);
}

export function updateAim(
  ctx: WriteContext,
  id: string,
  patch: Partial<FieldsOf<'charterAims'>>,
): Promise<boolean> {
  return updateRecord(ctx, 'charterAims', id, patch);
}

export function deleteAim(ctx: WriteContext, id: string): Promise<void> {
  return inOneWrite(ctx, async () => {
    const targets = await ctx.db.rows('charterTargets').where('aimId').equals(id).toArray();
    for (const target of targets) if (!target.deleted) await deleteRecord(ctx, 'charterTargets', target.id);
    await deleteRecord(ctx, 'charterAims', id);
  });
}

export function createTarget(ctx: WriteContext, fields: NewFieldsOf<'charterTargets'>): Promise<string> {
  return createRecord(ctx, 'charterTargets', fields);
}

export function updateTarget(
  ctx: WriteContext,
  id: string,
  patch: Partial<FieldsOf<'charterTargets'>>,
): Promise<boolean> {
  return updateRecord(ctx, 'charterTargets', id, patch);
}

export function deleteTarget(ctx: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(ctx, 'charterTargets', id);
}

export function addReading(ctx: WriteContext, fields: NewFieldsOf<'targetReadings'>): Promise<string> {
  return createRecord(ctx, 'targetReadings', fields);
}

export function deleteReading(ctx: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(ctx, 'targetReadings', id);
}
