import { describe, expect, it } from 'vitest';
import { TABLES } from '../domain/registry';
import { describeChange, fieldWords, recordNoun, valueWords } from './auditWords';

const at = new Date(2026, 2, 3, 14, 5).toISOString();

describe('the change history in plain words', () => {
  it('says who changed which fields of which record, when, and on which PC', () => {
    const row = {
      action: 'update' as const,
      fields: ['nextReviewDate'],
      personName: 'Sam Okafor',
      table: 'cases',
      at,
      deviceId: 'pc-7',
    };
    expect(describeChange(row, 'JU-0042')).toBe(
      'Sam Okafor changed the next review date of case JU-0042 on 3 March 2026 at 14:05, on PC pc-7',
    );
  });

  it('gives only the day of an anonymous answer, and no PC', () => {
    const row = {
      action: 'create' as const,
      fields: ['scores'],
      personName: 'Anonymous',
      table: 'healthCheckResponses',
      at: '2026-04-02T00:00:00.000Z',
      deviceId: 'anon-0f3c9a',
    };
    expect(describeChange(row, '')).toBe('Anonymous added health check answer on 2 April 2026');
  });

  it('names additions, deletions and removals for good', () => {
    const base = { fields: [], personName: 'Ana Silva', table: 'actions', at, deviceId: 'pc-1' };
    expect(describeChange({ ...base, action: 'create' }, 'Book the review')).toMatch(
      /^Ana Silva added action Book the review on/,
    );
    expect(describeChange({ ...base, action: 'delete' }, 'Book the review')).toMatch(
      /^Ana Silva deleted action/,
    );
    expect(describeChange({ ...base, action: 'purge' }, '')).toMatch(
      /removed for good the personal details of action on/,
    );
  });

  it('calls one record of every kind by a name of its own, so a history line reads as a sentence', () => {
    const unnamed = TABLES.map((def) => def.name).filter((name) => recordNoun(name, '') === '');
    expect(unnamed).toEqual([]);
    expect(
      describeChange(
        {
          action: 'update',
          fields: ['title'],
          personName: 'Ana Silva',
          table: 'charterAims',
          at,
          deviceId: 'pc-1',
        },
        'Families get help early',
      ),
    ).toMatch(/^Ana Silva changed the title of joint aim Families get help early on/);
  });

  it('turns field names and values into words', () => {
    expect(fieldWords('leadMemberId')).toBe('lead member');
    expect(valueWords('2026-03-03')).toBe('3 March 2026');
    expect(valueWords(null)).toBe('(empty)');
    expect(valueWords(['safe', 'healthy'])).toBe('safe, healthy');
    expect(valueWords(true)).toBe('yes');
  });
});
