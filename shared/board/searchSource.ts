/**
 * What the board's search reads beyond the cards: the text of each case's shared aims and actions and its agencies'
 * reference numbers, the "search" part of the board's saved snapshot (see snapshotPart.ts). The largest tables the
 * board needs, read after the cards are on screen.
 */
import type { Action, Aim, CaseReference } from '../domain/cases';
import { definePart } from './snapshotPart';

export type SearchAimRow = Pick<Aim, 'id' | 'deleted' | 'caseId' | 'text'>;
export type SearchActionRow = Pick<Action, 'id' | 'deleted' | 'source' | 'caseId' | 'text'>;

export type SearchReferenceRow = Pick<
  CaseReference,
  'id' | 'deleted' | 'caseId' | 'kind' | 'label' | 'value'
>;

export interface SearchSource {
  aims: readonly SearchAimRow[];
  actions: readonly SearchActionRow[];
  caseReferences: readonly SearchReferenceRow[];
}

export const SEARCH_PART = definePart<SearchSource>('search', {
  aims: (row) => (row.deleted ? null : { id: row.id, deleted: false, caseId: row.caseId, text: row.text }),
  actions: (row) =>
    row.deleted || row.source !== 'case'
      ? null
      : { id: row.id, deleted: false, source: row.source, caseId: row.caseId, text: row.text },
  caseReferences: (row) =>
    row.deleted
      ? null
      : {
          id: row.id,
          deleted: false,
          caseId: row.caseId,
          kind: row.kind,
          label: row.label,
          value: row.value,
        },
});
