/**
 * Writing the team's joint aims, their targets and the values recorded against targets, through the one write
 * path. Removing an aim marks only the aim: its targets are shown only under it, so they leave the charter with it
 * and come back with it from Recently deleted, as a target's recorded values do with their target. Removing the
 * aim for good takes them with it (the registry's cascade).
 */
import type { FieldsOf, NewFieldsOf } from '../../../shared/domain/registry';
import { createRecord, deleteRecord, updateRecord, type WriteContext } from '../../db/writer';

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

export function deleteAim(ctx: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(ctx, 'charterAims', id);
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
