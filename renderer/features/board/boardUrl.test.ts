import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../shared/board/filters';
import { readBoardUrl, writeBoardUrl } from './boardUrl';

describe('the board’s address', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '#/');
  });

  it('keeps the filters and swimlanes, so Back from a case returns to the same view', () => {
    window.history.replaceState(null, '', '#/board');
    writeBoardUrl({ filters: { ...EMPTY_FILTERS, search: 'school', review: 'overdue' }, grouping: 'agency' });
    expect(window.location.hash).toBe('#/board?review=overdue&q=school&group=agency');
    expect(readBoardUrl()).toEqual({
      filters: { ...EMPTY_FILTERS, search: 'school', review: 'overdue' },
      grouping: 'agency',
    });
  });

  it('leaves the address alone once the person has gone to another page', () => {
    window.history.replaceState(null, '', '#/charter');
    writeBoardUrl({ filters: { ...EMPTY_FILTERS, search: 'school' }, grouping: 'none' });
    expect(window.location.hash).toBe('#/charter');
    window.history.replaceState(null, '', '#/board/case/42');
    writeBoardUrl({ filters: EMPTY_FILTERS, grouping: 'none' });
    expect(window.location.hash).toBe('#/board/case/42');
  });
});
