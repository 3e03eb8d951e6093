import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './hashRoute';

describe('hash routes', () => {
  it('reads the segments after #/', () => {
    expect(parseHash('#/board/case/abc')).toEqual(['board', 'case', 'abc']);
  });

  it('treats an empty or bare hash as the start page', () => {
    expect(parseHash('')).toEqual([]);
    expect(parseHash('#/')).toEqual([]);
  });

  it('round-trips names with spaces and slashes', () => {
    expect(parseHash(hrefFor('people', 'who/can help'))).toEqual(['people', 'who/can help']);
  });

  it('ignores a query string', () => {
    expect(parseHash('#/training?period=12')).toEqual(['training']);
  });
});
