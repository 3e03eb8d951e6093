/**
 * The board's filters and swimlanes live in the address (`#/board?lead=…&q=…`), so going to a case and pressing
 * Back returns to the same view. Each change replaces the current history entry rather than adding one, so Back
 * leaves the board instead of undoing keystrokes one by one.
 */
import {
  EMPTY_FILTERS,
  filtersFromQuery,
  filtersToQuery,
  type BoardFilters,
} from '../../../shared/board/filters';
import { GROUPINGS, type Grouping } from '../../../shared/board/grouping';
import { parseHash } from '../../app/router/hashRoute';

export interface BoardUrlState {
  filters: BoardFilters;
  grouping: Grouping;
}

export function readBoardUrl(hash: string = window.location.hash): BoardUrlState {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  if (query === '') return { filters: EMPTY_FILTERS, grouping: 'none' };
  const group = new URLSearchParams(query).get('group');
  return { filters: filtersFromQuery(query), grouping: GROUPINGS.find((g) => g === group) ?? 'none' };
}

/**
 * Writes the view into the board's own address, and only there: the write comes a moment after the last change,
 * and by then the person may have gone to another page, which must not be replaced by the board.
 */
export function writeBoardUrl(state: BoardUrlState): void {
  const route = parseHash(window.location.hash);
  if (!(route.length === 0 || (route.length === 1 && route[0] === 'board'))) return;
  const params = new URLSearchParams(filtersToQuery(state.filters));
  if (state.grouping !== 'none') params.set('group', state.grouping);
  const query = params.toString();
  const next = `#/board${query ? `?${query}` : ''}`;
  if (window.location.hash !== next) window.history.replaceState(window.history.state, '', next);
}
