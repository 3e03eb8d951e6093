import { describe, expect, it } from 'vitest';
import { makeMember } from '../../tests/factories/records';
import { addSkill, duplicateByEmail, skillSuggestions } from './members';
import { whoIsIn, weekdayOf } from './inToday';
import { filterMembers, NO_FILTERS, sortMembers } from './directoryView';

describe('members', () => {
  it('catches a duplicate email among live members whatever its case, but not among people who left', () => {
    const sam = makeMember({ email: 'Sam.Taylor@example.org' });
    const left = makeMember({ email: 'old@example.org', status: 'left' });
    expect(duplicateByEmail([sam, left], ' sam.taylor@EXAMPLE.org ')).toBe(sam);
    expect(duplicateByEmail([sam, left], 'sam.taylor@example.org', sam.id)).toBeNull();
    expect(duplicateByEmail([sam, left], 'old@example.org')).toBeNull();
  });

  it('suggests the team’s own skills, most used first, leaving out ones already chosen', () => {
    const members = [
      makeMember({ skills: ['self-harm', 'trauma'] }),
      makeMember({ skills: ['Trauma', 'sleep'] }),
    ];
    expect(skillSuggestions(members, '')).toEqual(['trauma', 'self-harm', 'sleep']);
    expect(skillSuggestions(members, 'S', ['sleep'])).toEqual(['self-harm']);
  });

  it('adds a skill once, tidied, ignoring case', () => {
    expect(addSkill(['trauma'], '  Trauma ')).toEqual(['trauma']);
    expect(addSkill(['trauma'], ' self   harm ')).toEqual(['trauma', 'self harm']);
  });
});

describe('who is in today', () => {
  it('reads the weekday of a date, with nobody expected at the weekend', () => {
    expect(weekdayOf('2026-11-23')).toBe('mon');
    expect(weekdayOf('2026-11-22')).toBeNull();
  });

  it('lists people whose office days include the day, with people on leave apart and leavers left out', () => {
    const members = [
      makeMember({ name: 'Zed', officeDays: ['mon'] }),
      makeMember({ name: 'Amy', officeDays: ['mon', 'tue'] }),
      makeMember({ name: 'Bob', officeDays: ['tue'] }),
      makeMember({ name: 'Cy', officeDays: ['mon'], status: 'on-leave' }),
      makeMember({ name: 'Di', officeDays: ['mon'], status: 'left' }),
    ];
    const day = whoIsIn(members, 'mon');
    expect(day.inOffice.map((m) => m.name)).toEqual(['Amy', 'Zed']);
    expect(day.onLeave.map((m) => m.name)).toEqual(['Cy']);
  });
});

describe('the directory table', () => {
  const members = [
    makeMember({ name: 'Bea', profession: 'teacher', skills: ['Literacy'], officeDays: ['thu', 'fri'] }),
    makeMember({ name: 'Al', profession: 'school-nurse', skills: [], officeDays: ['mon', 'tue'] }),
    makeMember({ name: 'Cy', profession: 'teacher', status: 'left' }),
  ];

  it('filters by profession, skill and day, hiding people who left unless asked', () => {
    expect(filterMembers(members, { ...NO_FILTERS, profession: 'teacher' }).map((m) => m.name)).toEqual([
      'Bea',
    ]);
    expect(filterMembers(members, { ...NO_FILTERS, skill: 'literacy' }).map((m) => m.name)).toEqual(['Bea']);
    expect(filterMembers(members, { ...NO_FILTERS, day: 'mon' }).map((m) => m.name)).toEqual(['Al']);
    expect(filterMembers(members, { ...NO_FILTERS, includeLeft: true })).toHaveLength(3);
  });

  it('sorts by a column either way', () => {
    const names = (column: 'name' | 'days', direction: 'ascending' | 'descending') =>
      sortMembers(members.slice(0, 2), column, direction, new Map()).map((m) => m.name);
    expect(names('name', 'ascending')).toEqual(['Al', 'Bea']);
    expect(names('name', 'descending')).toEqual(['Bea', 'Al']);
    expect(names('days', 'ascending')).toEqual(['Al', 'Bea']);
  });
});
