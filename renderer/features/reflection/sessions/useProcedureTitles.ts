/** The team's procedures (from the charter) as id and title, for a review of forms and procedures. */
import { useMemo } from 'react';
import type { RowOf } from '../../../../shared/domain/registry';
import { useLiveRows } from '../../../app/data/useLiveRows';

export interface ProcedureTitle {
  id: string;
  title: string;
}

const byTitle = (a: RowOf<'procedures'>, b: RowOf<'procedures'>) => a.title.localeCompare(b.title, 'en-GB');

export function useProcedureTitles(): ProcedureTitle[] | undefined {
  const procedures = useLiveRows('procedures', { order: byTitle });
  return useMemo(() => procedures?.map(({ id, title }) => ({ id, title })), [procedures]);
}
