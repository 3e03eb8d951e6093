import { describe, expect, it } from 'vitest';
import { fieldWords } from '../../../shared/access/auditWords';
import { describeValue, valueFromText } from './describe';
import { bundleFileName } from './syncCommands';

describe('plain words on the Share and receive screen', () => {
  it('names fields as a person would say them', () => {
    expect(fieldWords('nextReviewDate')).toBe('next review date');
    expect(fieldWords('leadMemberId')).toBe('lead professional');
  });

  it('shows values as a person would read them', () => {
    expect(describeValue('2026-03-03')).toBe('3 March 2026');
    expect(describeValue(null)).toBe('(empty)');
    expect(describeValue(['safe', 'healthy'])).toBe('safe, healthy');
    expect(describeValue(true)).toBe('Yes');
  });

  it('turns a typed value back into the kind of value the field holds', () => {
    expect(valueFromText('safe, healthy', ['safe'])).toEqual(['safe', 'healthy']);
    expect(valueFromText('37.5', 30)).toBe(37.5);
    expect(valueFromText('', null)).toBeNull();
    expect(valueFromText('Child B.', 'Child A.')).toBe('Child B.');
  });

  it('names a saved file after the team, the PC and the date, with nothing about any person', () => {
    expect(bundleFileName('North Locality Team', 'Front office PC', new Date(2026, 10, 22))).toBe(
      'north-locality-team-from-front-office-pc-2026-11-22.joinedup',
    );
    expect(bundleFileName('North Locality Team', null, new Date(2026, 10, 22))).toBe(
      'north-locality-team-2026-11-22.joinedup',
    );
    expect(bundleFileName('  ', null, new Date(2026, 0, 2))).toBe('team-2026-01-02.joinedup');
  });
});
