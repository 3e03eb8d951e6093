import { describe, expect, it } from 'vitest';
import { makeRequiredTraining, makeTrainingEntry } from '../../tests/factories/training';
import { titleChoices, titlesCountedToday } from './titleChoices';

describe('the training a requirement can accept', () => {
  const entries = [
    makeTrainingEntry({ title: 'Child protection refresher', type: 'single-agency', date: '2025-03-01' }),
    makeTrainingEntry({ title: 'Contextual safeguarding', type: 'joint', date: '2026-01-10' }),
    makeTrainingEntry({ title: 'child protection  Refresher', type: 'single-agency', date: '2026-02-01' }),
    makeTrainingEntry({ title: 'Working together to keep children safe', type: 'joint', date: '2025-11-20' }),
    makeTrainingEntry({ title: 'Old course', date: '2026-05-01', deleted: true }),
  ];

  it('lists each title once, most recent first, spelt as last logged, with how many times it was logged', () => {
    expect(titleChoices(entries).map(({ title, latest, times }) => [title, latest, times])).toEqual([
      ['child protection  Refresher', '2026-02-01', 2],
      ['Contextual safeguarding', '2026-01-10', 1],
      ['Working together to keep children safe', '2025-11-20', 1],
    ]);
  });

  it('offers, for a requirement set by words, the titles its words count today and no others', () => {
    const old = makeRequiredTraining({ acceptsTitles: [], matchText: 'safe', matchType: 'joint' });
    expect(titlesCountedToday(old, titleChoices(entries), entries)).toEqual([
      'Contextual safeguarding',
      'Working together to keep children safe',
    ]);
  });
});
