/**
 * Writing the team's joint aims, their targets and the values recorded against targets, through the one write
 * path. Removing an aim marks only the aim: its targets are shown only under it, so they leave the charter with it
 * and come back with it from Recently deleted, as a target's recorded values do with their target. Removing the
 * aim for good takes them with it (the registry's cascade).
 */
import type { FieldsOf, NewFieldsOf } from '../../../../shared/domain/registry';
import { createRecord, deleteRecord, updateRecord, type WriteContext } from '../../../db/writer';

export function createAim(writer: WriteContext, fields: NewFieldsOf<'charterAims'>): Promise<string> {
  return createRecord(writer, 'charterAims', fields);
}

export function updateAim(
  writer: WriteContext,
  id: string,
  patch: Partial<FieldsOf<'charterAims'>>,
): Promise<boolean> {
  return updateRecord(writer, 'charterAims', id, patch);
}

export function deleteAim(writer: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(writer, 'charterAims', id);
}

export function createTarget(writer: WriteContext, fields: NewFieldsOf<'charterTargets'>): Promise<string> {
  return createRecord(writer, 'charterTargets', fields);
}

export function updateTarget(
  writer: WriteContext,
  id: string,
  patch: Partial<FieldsOf<'charterTargets'>>,
): Promise<boolean> {
  return updateRecord(writer, 'charterTargets', id, patch);
}

export function deleteTarget(writer: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(writer, 'charterTargets', id);
}

export function addReading(writer: WriteContext, fields: NewFieldsOf<'targetReadings'>): Promise<string> {
  return createRecord(writer, 'targetReadings', fields);
}

export function deleteReading(writer: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(writer, 'targetReadings', id);
}
