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

  it('says when and where a PIN was chosen or cleared, a leader vouched, or a password was set, never what they are', () => {
    const base = { fields: [], personName: 'Ana Silva', table: 'members', at, deviceId: 'pc-7' };
    expect(describeChange({ ...base, action: 'set-pin' }, 'Sam Okafor')).toBe(
      'Ana Silva chose a PIN for team member Sam Okafor on 3 March 2026 at 14:05, on PC pc-7',
    );
    expect(describeChange({ ...base, action: 'clear-pin' }, 'Sam Okafor')).toMatch(
      /^Ana Silva cleared the PIN of team member Sam Okafor on .*, on PC pc-7$/,
    );
    expect(describeChange({ ...base, action: 'vouch' }, 'Sam Okafor')).toMatch(
      /^Ana Silva vouched in person for team member Sam Okafor on /,
    );
    const password = { ...base, table: 'passwords', fields: ['verifier'], action: 'update' as const };
    expect(describeChange(password, 'Sam Okafor')).toBe(
      'Ana Silva set the personal password of Sam Okafor on 3 March 2026 at 14:05, on PC pc-7',
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
    expect(fieldWords('leadMemberId')).toBe('lead professional');
    expect(fieldWords('acceptsTitles')).toBe('training that counts');
    expect(fieldWords('nextReviewDate')).toBe('next review date');
    expect(valueWords('2026-03-03')).toBe('3 March 2026');
    expect(valueWords(null)).toBe('(empty)');
    expect(valueWords(['safe', 'healthy'])).toBe('safe, healthy');
    expect(valueWords(true)).toBe('yes');
  });
});
