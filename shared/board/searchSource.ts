/**
 * What the board's search reads beyond the cards: the text of each case's shared aims and actions, the "search"
 * part of the board's saved snapshot (see snapshotPart.ts). The largest tables the board needs, read after the
 * cards are on screen.
 */
import type { Action, Aim } from '../domain/cases';
import { definePart } from './snapshotPart';

export type SearchAimRow = Pick<Aim, 'id' | 'deleted' | 'caseId' | 'text'>;
export type SearchActionRow = Pick<Action, 'id' | 'deleted' | 'source' | 'caseId' | 'text'>;

export interface SearchSource {
  aims: readonly SearchAimRow[];
  actions: readonly SearchActionRow[];
}

export const SEARCH_PART = definePart<SearchSource>('search', {
  aims: (row) => (row.deleted ? null : { id: row.id, deleted: false, caseId: row.caseId, text: row.text }),
  actions: (row) =>
    row.deleted || row.source !== 'case'
      ? null
      : { id: row.id, deleted: false, source: row.source, caseId: row.caseId, text: row.text },
});
