/** Open cases as id and reference only: a case reflection never shows a child's display name. */
import { useMemo } from 'react';
import type { RowOf } from '../../../../shared/domain/registry';
import { useLiveRows } from '../../../app/data/useLiveRows';

export interface CaseReference {
  id: string;
  reference: string;
}

const byReference = (a: RowOf<'cases'>, b: RowOf<'cases'>) => a.reference.localeCompare(b.reference, 'en-GB');

export function useCaseReferences(): CaseReference[] | undefined {
  const cases = useLiveRows('cases', { order: byReference });
  return useMemo(() => cases?.map(({ id, reference }) => ({ id, reference })), [cases]);
}
