import { describe, expect, it } from 'vitest';
import { makeMember } from '../../tests/factories/records';
import {
  makeRequiredTraining,
  makeTrainingAttendance,
  makeTrainingEntry,
} from '../../tests/factories/training';
import type { TrainingType } from '../domain/training';
import { countsByOldWords, dueAfter, dueDates, dueState, matchesRequirement, titleKey } from './required';

describe('required training due dates', () => {
  it('adds whole calendar months, keeping month ends and leap years sensible', () => {
    expect(dueAfter('2026-03-10', 12)).toBe('2027-03-10');
    expect(dueAfter('2026-01-31', 1)).toBe('2026-02-28');
    expect(dueAfter('2028-01-31', 1)).toBe('2028-02-29');
    expect(dueAfter('2024-02-29', 12)).toBe('2025-02-28');
    expect(dueAfter('2024-02-29', 48)).toBe('2028-02-29');
    expect(dueAfter('2026-08-31', 6)).toBe('2027-02-28');
    expect(dueAfter('2026-12-31', 3)).toBe('2027-03-31');
  });

  it('calls a due date overdue the day after it, and due soon up to 30 days ahead', () => {
    expect(dueState('2026-06-14', '2026-06-15')).toBe('overdue');
    expect(dueState('2026-06-15', '2026-06-15')).toBe('due-soon');
    expect(dueState('2026-07-15', '2026-06-15')).toBe('due-soon');
    expect(dueState('2026-07-16', '2026-06-15')).toBe('up-to-date');
    expect(dueState(null, '2026-06-15')).toBe('never');
  });

  it('counts training chosen by its title, however its capitals and spaces were typed, and never a title that only contains the words', () => {
    const requirement = makeRequiredTraining({ acceptsTitles: ['Keeping children safe online'] });
    const counts = (title: string) => matchesRequirement(requirement, makeTrainingEntry({ title }));
    expect(counts('Keeping children safe online')).toBe(true);
    expect(counts('  keeping  Children SAFE online ')).toBe(true);
    expect(counts('Contextual safeguarding')).toBe(false);
    expect(counts('Keeping children safe online: part 2')).toBe(false);
  });

  it('counts the same title with curly or straight quotes and dashes as one training', () => {
    expect(titleKey('Children’s rights – a refresher')).toBe(titleKey("Children's rights - a refresher"));
  });

  it('counts any of several chosen titles, and any training of a chosen type', () => {
    const requirement = makeRequiredTraining({
      acceptsTitles: ['Child protection refresher', 'Level 3 safeguarding'],
      acceptsTypes: ['shadowing'],
    });
    const counts = (title: string, type: TrainingType = 'single-agency') =>
      matchesRequirement(requirement, makeTrainingEntry({ title, type }));
    expect(counts('Level 3 Safeguarding')).toBe(true);
    expect(counts('Child protection refresher', 'joint')).toBe(true);
    expect(counts('A day with the police child abuse team', 'shadowing')).toBe(true);
    expect(counts('Child protection update')).toBe(false);
  });

  it('reads a requirement set before choices exactly as before: words in the title and, if set, the type', () => {
    const old = makeRequiredTraining({ acceptsTitles: [], matchText: 'safe', matchType: 'joint' });
    const counts = (title: string, type: TrainingType) =>
      matchesRequirement(old, makeTrainingEntry({ title, type }));
    expect(counts('Contextual safeguarding', 'joint')).toBe(true);
    expect(counts('Working together to keep children safe', 'single-agency')).toBe(false);
    expect(countsByOldWords(old)).toBe(true);
    expect(countsByOldWords(makeRequiredTraining())).toBe(false);
  });

  it('counts nothing for a requirement that names no training at all', () => {
    const empty = makeRequiredTraining({
      acceptsTitles: [],
      acceptsTypes: [],
      matchText: '',
      matchType: null,
    });
    expect(matchesRequirement(empty, makeTrainingEntry({ title: 'Anything' }))).toBe(false);
  });

  it('gives each member of a listed profession a due date from their latest matching training', () => {
    const today = '2026-06-15';
    const requirement = makeRequiredTraining({
      acceptsTitles: ['Child protection refresher', 'Child protection update'],
      renewEveryMonths: 12,
      appliesToProfessions: ['social-worker'],
    });
    const ana = makeMember({ name: 'Ana', profession: 'social-worker' });
    const ben = makeMember({ name: 'Ben', profession: 'social-worker' });
    const cat = makeMember({ name: 'Cat', profession: 'social-worker' });
    const teacher = makeMember({ name: 'Dee', profession: 'teacher' });
    const leaver = makeMember({ name: 'Eli', profession: 'social-worker', status: 'left' });
    const old = makeTrainingEntry({ title: 'Child protection refresher', date: '2025-01-31' });
    const newer = makeTrainingEntry({ title: 'Child protection update', date: '2025-07-01' });
    const planned = makeTrainingEntry({
      title: 'Child protection refresher',
      date: '2026-09-01',
      status: 'planned',
    });
    const attendance = [
      makeTrainingAttendance({ entryId: old.id, memberId: ana.id }),
      makeTrainingAttendance({ entryId: newer.id, memberId: ana.id }),
      makeTrainingAttendance({ entryId: old.id, memberId: ben.id }),
      makeTrainingAttendance({ entryId: planned.id, memberId: cat.id, invited: true, attended: null }),
    ];
    const rows = dueDates(
      [requirement],
      [ana, ben, cat, teacher, leaver],
      [old, newer, planned],
      attendance,
      today,
    );
    expect(rows.map((row) => [row.member.name, row.lastDone, row.dueOn, row.state])).toEqual([
      ['Cat', null, null, 'never'],
      ['Ben', '2025-01-31', '2026-01-31', 'overdue'],
      ['Ana', '2025-07-01', '2026-07-01', 'due-soon'],
    ]);
  });
});
