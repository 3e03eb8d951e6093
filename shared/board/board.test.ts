import { describe, expect, it } from 'vitest';
import type { Action, Aim, Case, Involvement } from '../domain/cases';
import type { Agency, Member } from '../domain/directory';
import type { BoardColumn } from '../domain/team';
import { buildBoardIndex, buildSearchTexts, type BoardData } from './boardIndex';
import { filterCards } from './filterCards';
import {
  EMPTY_FILTERS,
  activeFilterCount,
  clearFilters,
  describeFilters,
  filtersFromQuery,
  filtersToQuery,
  type BoardFilters,
} from './filters';
import { layoutBoard } from './grouping';
import { orderForList } from './listOrder';
import { dueState } from './reviewDates';

const TODAY = '2026-03-10';
let counter = 0;
function uid(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}
const envelope = () => ({
  id: uid(),
  stamps: {},
  deleted: false,
  purged: false,
  updatedBy: 'p',
  updatedAt: '2026-03-01T09:00:00.000Z',
});

function column(title: string, position: number, retired = false): BoardColumn {
  return { ...envelope(), title, position, retired, kind: 'custom' };
}
function member(name: string, employingAgencyId: string | null): Member {
  return { ...envelope(), name, employingAgencyId, status: 'active' } as unknown as Member;
}
function agency(name: string): Agency {
  return { ...envelope(), name, type: 'health', remit: '', howItWorks: '', contacts: '' };
}
function kase(fields: Partial<Case> & { columnId: string }): Case {
  return {
    ...envelope(),
    reference: 'JU-0001',
    displayName: 'Child A.',
    leadMemberId: null,
    concerns: [],
    nextReviewDate: null,
    status: 'open',
    ...fields,
  } as unknown as Case;
}
function involvement(caseId: string, memberId: string | null, agencyId: string | null = null): Involvement {
  return { ...envelope(), caseId, memberId, agencyId, role: '', since: null, until: null };
}
function action(
  caseId: string,
  text: string,
  dueDate: string | null,
  status: Action['status'] = 'open',
): Action {
  return {
    ...envelope(),
    source: 'case',
    caseId,
    sessionId: null,
    text,
    ownerId: null,
    dueDate,
    status,
    aimId: null,
    doneAt: null,
    doneBy: null,
  } as unknown as Action;
}
function aim(caseId: string, text: string): Aim {
  return { ...envelope(), caseId, text, progress: 0, status: 'working-towards' };
}

function world() {
  const referral = column('Referral', 1);
  const assessment = column('Assessment', 2);
  const oldStage = column('Waiting list', 3, true);
  const health = agency('Health Board');
  const school = agency('Northfield School');
  const nurse = member('Nia Nurse', health.id);
  const teacher = member('Tom Teacher', school.id);
  const a = kase({
    reference: 'JU-0001',
    displayName: 'Child A.',
    columnId: referral.id,
    leadMemberId: nurse.id,
    concerns: ['safe'],
    nextReviewDate: '2026-03-09',
  });
  const b = kase({
    reference: 'JU-0002',
    displayName: 'Child B.',
    columnId: assessment.id,
    leadMemberId: teacher.id,
    concerns: ['achieving'],
    nextReviewDate: '2026-03-24',
  });
  const c = kase({
    reference: 'JU-0003',
    displayName: 'Child C.',
    columnId: oldStage.id,
    nextReviewDate: '2026-03-25',
  });
  const closed = kase({
    reference: 'JU-0004',
    displayName: 'Child D.',
    columnId: referral.id,
    status: 'closed',
  });
  const actions = [
    action(a.id, 'Book a speech therapy assessment', '2026-03-09'),
    action(b.id, 'Phone the grandparents', '2026-03-10'),
    action(b.id, 'Old done thing', '2026-01-01', 'done'),
  ];
  const aims = [aim(c.id, 'Sleeps through the night')];
  const data: BoardData = {
    cases: [a, b, c, closed],
    boardColumns: [assessment, oldStage, referral],
    members: [nurse, teacher],
    agencies: [health, school],
    involvements: [involvement(a.id, nurse.id), involvement(b.id, teacher.id), involvement(b.id, nurse.id)],
    actions,
  };
  /** The aims and actions text of each case, as the board reads it apart from the cards. */
  const texts = buildSearchTexts(aims, actions);
  return { data, texts, referral, assessment, oldStage, health, school, nurse, teacher, a, b, c, closed };
}

function refs(
  filters: Partial<BoardFilters>,
  { data, texts }: ReturnType<typeof world> = world(),
  personId: string | null = null,
): string[] {
  const index = buildBoardIndex(data, TODAY, texts);
  return filterCards(index.cards, { ...EMPTY_FILTERS, ...filters }, personId).map((card) => card.reference);
}

describe('review dates', () => {
  it('counts yesterday as overdue and today as due soon', () => {
    expect(dueState('2026-03-09', TODAY)).toBe('overdue');
    expect(dueState('2026-03-10', TODAY)).toBe('due-soon');
  });
  it('counts 14 days ahead as due soon and 15 days ahead as later', () => {
    expect(dueState('2026-03-24', TODAY)).toBe('due-soon');
    expect(dueState('2026-03-25', TODAY)).toBe('later');
    expect(dueState(null, TODAY)).toBe('none');
  });
  it('counts across a month end correctly', () => {
    expect(dueState('2026-04-13', '2026-03-30')).toBe('due-soon');
    expect(dueState('2026-04-14', '2026-03-30')).toBe('later');
  });
});

describe('the board index', () => {
  it('counts only open actions due before today as overdue', () => {
    const { data } = world();
    const index = buildBoardIndex(data, TODAY);
    const byRef = new Map(index.cards.map((card) => [card.reference, card]));
    expect(byRef.get('JU-0001')?.overdueActions).toBe(1);
    expect(byRef.get('JU-0002')?.overdueActions).toBe(0);
  });
  it('lists the agencies of everyone involved, by name', () => {
    const { data } = world();
    const card = buildBoardIndex(data, TODAY).cards.find((c) => c.reference === 'JU-0002');
    expect(card?.agencyNames).toEqual(['Health Board', 'Northfield School']);
    expect(card?.leadName).toBe('Tom Teacher');
  });
  it('orders columns by position', () => {
    const { data } = world();
    expect(buildBoardIndex(data, TODAY).columns.map((c) => c.title)).toEqual([
      'Referral',
      'Assessment',
      'Waiting list',
    ]);
  });
});

describe('filters', () => {
  it('leave closed cases off unless asked to show them', () => {
    expect(refs({})).not.toContain('JU-0004');
    expect(refs({ showClosed: true })).toContain('JU-0004');
  });
  it('combine: each one narrows the others', () => {
    const w = world();
    expect(refs({ memberId: w.nurse.id }, w)).toEqual(['JU-0001', 'JU-0002']);
    expect(refs({ memberId: w.nurse.id, concern: 'achieving' }, w)).toEqual(['JU-0002']);
    expect(refs({ memberId: w.nurse.id, concern: 'achieving', actionsOverdue: true }, w)).toEqual([]);
  });
  it('find my cases where I lead or am involved', () => {
    const { data, nurse } = world();
    const index = buildBoardIndex(data, TODAY);
    const mine = filterCards(index.cards, { ...EMPTY_FILTERS, mine: true }, nurse.id);
    expect(mine.map((c) => c.reference)).toEqual(['JU-0001', 'JU-0002']);
    expect(filterCards(index.cards, { ...EMPTY_FILTERS, mine: true }, null)).toEqual([]);
  });
  it('narrow by lead professional and by agency', () => {
    const w = world();
    expect(refs({ leadId: w.teacher.id }, w)).toEqual(['JU-0002']);
    expect(refs({ agencyId: w.school.id }, w)).toEqual(['JU-0002']);
  });
  it('find reviews due soon, overdue, or either', () => {
    expect(refs({ review: 'overdue' })).toEqual(['JU-0001']);
    expect(refs({ review: 'due-soon' })).toEqual(['JU-0002']);
    expect(refs({ review: 'due-soon-or-overdue' })).toEqual(['JU-0001', 'JU-0002']);
  });
  it('search finds words in aims and actions, whatever the case of the letters', () => {
    expect(refs({ search: 'SPEECH therapy' })).toEqual(['JU-0001']);
    expect(refs({ search: 'sleeps' })).toEqual(['JU-0003']);
    expect(refs({ search: 'ju-0002' })).toEqual(['JU-0002']);
    expect(refs({ search: 'speech grandparents' })).toEqual([]);
  });
  it('search finds a case by the name of its lead professional or of anyone involved', () => {
    expect(refs({ search: 'tom teacher' })).toEqual(['JU-0002']);
    expect(refs({ search: 'nia' })).toEqual(['JU-0001', 'JU-0002']);
  });
  it('search finds a person by the name they have now, not the name they had', () => {
    const w = world();
    const renamed = { ...w.data, members: [{ ...w.nurse, name: 'Nia Okoro' }, w.teacher] };
    expect(refs({ search: 'okoro' }, { ...w, data: renamed })).toEqual(['JU-0001', 'JU-0002']);
    expect(refs({ search: 'nurse' }, { ...w, data: renamed })).toEqual([]);
  });
  it('search finds the same cases when the aims and actions text is read apart from the cards', () => {
    const { data, texts } = world();
    const index = buildBoardIndex(data, TODAY, new Map());
    const search = (text: string, more?: ReadonlyMap<string, string>) =>
      filterCards(index.cards, { ...EMPTY_FILTERS, search: text }, null, more).map((card) => card.reference);
    expect(search('sleeps')).toEqual([]);
    expect(search('SPEECH therapy', texts)).toEqual(['JU-0001']);
    expect(search('sleeps', texts)).toEqual(['JU-0003']);
    expect(search('child grandparents', texts)).toEqual(['JU-0002']);
    expect(search('speech grandparents', texts)).toEqual([]);
  });
  it('survive a round trip through the address, and ignore values they cannot read', () => {
    const filters: BoardFilters = {
      ...EMPTY_FILTERS,
      mine: true,
      concern: 'safe',
      search: 'a & b',
      review: 'overdue',
    };
    expect(filtersFromQuery(filtersToQuery(filters))).toEqual(filters);
    expect(filtersFromQuery('concern=happy&review=soon&q=x')).toEqual({ ...EMPTY_FILTERS, search: 'x' });
    expect(activeFilterCount(filters)).toBe(4);
  });
  it('keep the list view and its order in the address', () => {
    const filters: BoardFilters = { ...EMPTY_FILTERS, layout: 'list', sort: 'lead', descending: true };
    expect(filtersToQuery(filters)).toBe('view=list&sort=lead&desc=1');
    expect(filtersFromQuery('view=list&sort=lead&desc=1')).toEqual(filters);
    expect(filtersFromQuery('view=grid&sort=age')).toEqual(EMPTY_FILTERS);
    expect(activeFilterCount(filters)).toBe(0);
  });
  it('say in words which ones narrow the board, and clear them all without leaving the list', () => {
    const w = world();
    const filters: BoardFilters = {
      ...EMPTY_FILTERS,
      leadId: w.nurse.id,
      concern: 'wales-protection',
      review: 'overdue',
      search: ' speech ',
      layout: 'list',
      showClosed: true,
    };
    const names = new Map([[w.nurse.id, 'Nia Nurse']]);
    const wales = { framework: 'wales', own: [] } as const;
    expect(describeFilters(filters, names, new Map(), wales)).toEqual([
      'Search: “speech”',
      'Lead: Nia Nurse',
      'Wellbeing: Protection from abuse and neglect',
      'Review overdue',
    ]);
    expect(describeFilters(filters, names, new Map(), wales)).toHaveLength(activeFilterCount(filters));
    expect(clearFilters(filters)).toEqual({ ...EMPTY_FILTERS, layout: 'list', showClosed: true });
  });
});

describe('the case list', () => {
  const ordered = (sort: Parameters<typeof orderForList>[1], descending = false) => {
    const { data } = world();
    const index = buildBoardIndex(data, TODAY);
    return orderForList(index.cards, sort, descending, index.columns).map((card) => card.reference);
  };
  it('sorts by lead professional, cases without a lead last whichever way', () => {
    expect(ordered('lead')).toEqual(['JU-0001', 'JU-0002', 'JU-0003', 'JU-0004']);
    expect(ordered('lead', true)).toEqual(['JU-0002', 'JU-0001', 'JU-0003', 'JU-0004']);
  });
  it('sorts by stage in board order, by overdue actions and by reference', () => {
    expect(ordered('stage')).toEqual(['JU-0001', 'JU-0004', 'JU-0002', 'JU-0003']);
    expect(ordered('actions', true)[0]).toBe('JU-0001');
    expect(ordered('reference', true)).toEqual(['JU-0004', 'JU-0003', 'JU-0002', 'JU-0001']);
  });
  it('sorts by next review, latest first when reversed, cases without a date last', () => {
    expect(ordered('review')).toEqual(['JU-0001', 'JU-0002', 'JU-0003', 'JU-0004']);
    expect(ordered('review', true)).toEqual(['JU-0003', 'JU-0002', 'JU-0001', 'JU-0004']);
  });
});

describe('laying out the board', () => {
  it('shows cases of a retired stage apart instead of hiding them', () => {
    const { data } = world();
    const index = buildBoardIndex(data, TODAY);
    const layout = layoutBoard(filterCards(index.cards, EMPTY_FILTERS, null), index.columns, 'none');
    expect(layout.columns.map((c) => c.title)).toEqual(['Referral', 'Assessment']);
    expect(layout.retired.map((c) => c.reference)).toEqual(['JU-0003']);
  });
  it('groups by lead professional with cases without a lead last', () => {
    const { data } = world();
    const index = buildBoardIndex(data, TODAY);
    const layout = layoutBoard(index.cards, index.columns, 'lead');
    expect(layout.lanes.map((lane) => lane.label)).toEqual([
      'Nia Nurse',
      'Tom Teacher',
      'No lead professional',
    ]);
  });
  it('puts a case in the lane of every agency involved', () => {
    const { data, assessment } = world();
    const index = buildBoardIndex(data, TODAY);
    const layout = layoutBoard(index.cards, index.columns, 'agency');
    const lanes = new Map(layout.lanes.map((lane) => [lane.label, lane]));
    expect(
      lanes
        .get('Health Board')
        ?.byColumn.get(assessment.id)
        ?.map((c) => c.reference),
    ).toEqual(['JU-0002']);
    expect(
      lanes
        .get('Northfield School')
        ?.byColumn.get(assessment.id)
        ?.map((c) => c.reference),
    ).toEqual(['JU-0002']);
  });
  it('shows every stage, empty, when no case matches', () => {
    const { data } = world();
    const index = buildBoardIndex(data, TODAY);
    const layout = layoutBoard([], index.columns, 'none');
    expect(layout.lanes).toHaveLength(1);
    expect([...(layout.lanes[0]?.byColumn.values() ?? [])].map((cards) => cards.length)).toEqual([0, 0]);
  });
  it('hands each new result the same stages, so stages whose cases did not change are not drawn again', () => {
    const { data } = world();
    const index = buildBoardIndex(data, TODAY);
    const before = layoutBoard(index.cards, index.columns, 'none');
    const after = layoutBoard(
      filterCards(index.cards, { ...EMPTY_FILTERS, search: 'ju-0001' }, null),
      index.columns,
      'none',
    );
    expect(after.columns).toBe(before.columns);
    const renamed = index.columns.map((column) => ({ ...column, title: `${column.title}!` }));
    expect(layoutBoard(index.cards, renamed, 'none').columns.map((c) => c.title)).toEqual([
      'Referral!',
      'Assessment!',
    ]);
  });
  it('puts overdue reviews first in a column, and cases without a review date last', () => {
    const { data, referral } = world();
    const late = kase({ reference: 'JU-0009', columnId: referral.id, nextReviewDate: '2026-01-01' });
    const none = kase({ reference: 'JU-0008', columnId: referral.id, nextReviewDate: null });
    const index = buildBoardIndex({ ...data, cases: [...data.cases, none, late] }, TODAY);
    const layout = layoutBoard(filterCards(index.cards, EMPTY_FILTERS, null), index.columns, 'none');
    expect(layout.lanes[0]?.byColumn.get(referral.id)?.map((c) => c.reference)).toEqual([
      'JU-0009',
      'JU-0001',
      'JU-0008',
    ]);
  });
});
