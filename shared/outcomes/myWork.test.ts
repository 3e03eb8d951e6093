import { describe, expect, it } from 'vitest';
import { makeAction, makeAgency, makeMember } from '../../tests/factories/records';
import { isOverdue, overdueByAgency, overdueByOwner, sortByDue } from './myWork';

const TODAY = '2026-03-10';

describe('my open actions', () => {
  it('come in due-date order with overdue ones first and undated ones last, leaving out done and deleted', () => {
    const later = makeAction({ text: 'Later', dueDate: '2026-03-20' });
    const overdue = makeAction({ text: 'Overdue', dueDate: '2026-03-01' });
    const undated = makeAction({ text: 'Undated', dueDate: null });
    const rows = sortByDue([
      later,
      undated,
      overdue,
      makeAction({ status: 'done', dueDate: '2026-02-01' }),
      makeAction({ deleted: true, dueDate: '2026-02-01' }),
    ]);
    expect(rows.map((row) => row.text)).toEqual(['Overdue', 'Later', 'Undated']);
  });

  it('counts an action due today as not yet overdue', () => {
    expect(isOverdue({ status: 'open', dueDate: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: '2026-03-09' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'done', dueDate: '2026-03-09' }, TODAY)).toBe(false);
  });
});

describe("the team's overdue actions", () => {
  const police = makeAgency({ name: 'Police' });
  const school = makeAgency({ name: 'School' });
  const ann = makeMember({ name: 'Ann', employingAgencyId: police.id });
  const bo = makeMember({ name: 'Bo', employingAgencyId: school.id });
  const actions = [
    makeAction({ ownerId: ann.id, dueDate: '2026-03-01' }),
    makeAction({ ownerId: bo.id, dueDate: '2026-03-02' }),
    makeAction({ ownerId: bo.id, dueDate: '2026-03-03' }),
    makeAction({ ownerId: bo.id, dueDate: '2026-03-30' }),
    makeAction({ ownerId: null, dueDate: '2026-03-03' }),
  ];

  it('are grouped by owner, the longest list first, with unowned ones under "Nobody yet"', () => {
    const groups = overdueByOwner(actions, [ann, bo], TODAY);
    expect(groups.map((group) => [group.name, group.actions.length])).toEqual([
      ['Bo', 2],
      ['Ann', 1],
      ['Nobody yet', 1],
    ]);
  });

  it("are grouped by the owner's agency", () => {
    const groups = overdueByAgency(actions, [ann, bo], [police, school], TODAY);
    expect(groups.map((group) => [group.name, group.actions.length])).toEqual([
      ['School', 2],
      ['No agency', 1],
      ['Police', 1],
    ]);
  });
});
