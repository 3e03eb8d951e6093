import { describe, expect, it } from 'vitest';
import { lowestEnablers, spreadByEnabler, trendAcrossChecks } from './healthCheck';
import { median } from '../median';
import type { Enabler } from '../domain/reflection';

function response(scores: Partial<Record<Enabler, number>>, comment = '') {
  return {
    scores: Object.entries(scores).map(([enabler, score]) => ({
      enabler: enabler as Enabler,
      score,
      comment,
    })),
  };
}

describe('health-check aggregation', () => {
  it('counts each score from 1 to 5 and takes the median per enabler', () => {
    const spread = spreadByEnabler(
      [response({ leadership: 2 }), response({ leadership: 4 }), response({ leadership: 5 })],
      ['leadership', 'communication'],
    );
    expect(spread[0]).toMatchObject({ counts: [0, 1, 0, 1, 1], answered: 3, median: 4, mean: 3.7 });
    expect(spread[1]).toMatchObject({ answered: 0, median: null });
  });

  it('takes the middle of the two middle scores for an even number', () => {
    expect(median([1, 2, 4, 5])).toBe(3);
  });

  it('gathers comments and leaves out deleted responses', () => {
    const spread = spreadByEnabler(
      [response({ commitment: 3 }, 'Busy month'), { ...response({ commitment: 1 }, 'gone'), deleted: true }],
      ['commitment'],
    );
    expect(spread[0]?.comments).toEqual(['Busy month']);
    expect(spread[0]?.answered).toBe(1);
  });

  it('suggests the three lowest-scoring enablers, lowest first', () => {
    const spread = spreadByEnabler([
      response({ leadership: 4, communication: 1, 'shared-aims': 2, 'joint-training': 2, commitment: 5 }),
    ]);
    expect(lowestEnablers(spread)).toEqual(['communication', 'shared-aims', 'joint-training']);
  });

  it('shows the trend oldest check first', () => {
    const checks = [
      { id: 'b', title: 'Spring', opensOn: '2026-04-01', enablers: ['leadership'] as Enabler[] },
      { id: 'a', title: 'Winter', opensOn: '2026-01-01', enablers: ['leadership'] as Enabler[] },
    ];
    const trend = trendAcrossChecks(
      checks,
      new Map([
        ['a', [response({ leadership: 2 })]],
        ['b', [response({ leadership: 4 }), response({ leadership: 5 })]],
      ]),
    );
    expect(trend.map((point) => [point.title, point.overall, point.responses])).toEqual([
      ['Winter', 2, 1],
      ['Spring', 4.5, 2],
    ]);
  });
});
