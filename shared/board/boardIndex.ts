/**
 * The board's in-memory index: built once from a few bulk reads, then filtered on every keystroke without touching
 * the database. One `BoardCard` per case holds just what a card shows and what the filters ask about.
 */
import type { Action, Aim, Case, CaseReference } from '../domain/cases';
import type { BoardColumn } from '../domain/team';
import type { BoardSource } from './boardSource';
import { compareCards } from './cardOrder';
import { dueSoonLimit, dueState, type DueState } from './reviewDates';

/** What the board reads: see shared/board/boardSource.ts. */
export type BoardData = BoardSource;

export interface BoardCard {
  id: string;
  reference: string;
  displayName: string;
  columnId: string;
  status: Case['status'];
  leadId: string | null;
  leadName: string;
  /** Everyone involved, the lead professional included. */
  memberIds: readonly string[];
  agencyIds: readonly string[];
  agencyNames: readonly string[];
  concerns: readonly string[];
  nextReviewDate: string | null;
  review: DueState;
  overdueActions: number;
  /** Lower-case reference, name, the names of the lead and everyone involved, aims and actions, for search. */
  searchText: string;
}

/**
 * What a card holds that its case, its people and its overdue actions decide; the rest of a card follows from
 * these, the team's people and agencies as they are now, and the day (`finishCard`). The board's saved snapshot
 * keeps cards in this form (builtBoard.ts).
 */
export type CardCore = Pick<
  BoardCard,
  | 'id'
  | 'reference'
  | 'displayName'
  | 'columnId'
  | 'status'
  | 'leadId'
  | 'memberIds'
  | 'agencyIds'
  | 'concerns'
  | 'nextReviewDate'
  | 'overdueActions'
>;

/** What finishing a card reads besides the card: names by id, and the day with its "due soon" limit. */
export interface CardContext {
  memberNames: ReadonlyMap<string, string>;
  agencyNames: ReadonlyMap<string, string>;
  today: string;
  limit: string;
}

/** A whole card from its core; `more` is the case's aims and actions text for search, if read. */
export function finishCard(core: CardCore, context: CardContext, more?: string): BoardCard {
  const { memberNames, agencyNames } = context;
  let names = `${core.reference}\n${core.displayName}`;
  for (const memberId of core.memberIds) names += `\n${memberNames.get(memberId) ?? ''}`;
  return {
    id: core.id,
    reference: core.reference,
    displayName: core.displayName,
    columnId: core.columnId,
    status: core.status,
    leadId: core.leadId,
    leadName: core.leadId ? (memberNames.get(core.leadId) ?? 'Someone no longer listed') : '',
    memberIds: core.memberIds,
    agencyIds: core.agencyIds,
    agencyNames: core.agencyIds.map((agencyId) => agencyNames.get(agencyId) ?? ''),
    concerns: core.concerns,
    nextReviewDate: core.nextReviewDate,
    review: core.status === 'closed' ? 'none' : dueState(core.nextReviewDate, context.today, context.limit),
    overdueActions: core.overdueActions,
    // The names of the lead and everyone involved come from the people as they are now: renaming someone
    // changes the people the board reads, so the index is built again and search finds the new name.
    searchText: names.toLowerCase() + (more === undefined ? '' : `\n${more}`),
  };
}

export interface BoardIndex {
  cards: readonly BoardCard[];
  /** Live columns in board order, retired ones included. */
  columns: readonly BoardColumn[];
  memberNames: ReadonlyMap<string, string>;
  agencyNames: ReadonlyMap<string, string>;
  today: string;
}

// One collator for every comparison: `localeCompare` builds a new one per call, which is slow over 5,000 cards.
const NAME_ORDER = new Intl.Collator('en-GB');

/** Columns in board order: by position, then title so two equal positions still show the same way everywhere. */

export function orderColumns(columns: readonly BoardColumn[]): BoardColumn[] {
  return columns
    .filter((column) => !column.deleted)
    .sort((a, b) => a.position - b.position || NAME_ORDER.compare(a.title, b.title));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * Lower-case text of each case's aims and actions, and its agencies' reference numbers, for search: built once per
 * read, never per keystroke. The board reads these after its first paint (they are the largest tables it needs), so
 * they are kept apart from the cards.
 */
export function buildSearchTexts(
  aims: readonly Pick<Aim, 'caseId' | 'text' | 'deleted'>[],
  actions: readonly Pick<Action, 'caseId' | 'text' | 'deleted' | 'source'>[],
  references: readonly Pick<CaseReference, 'caseId' | 'value' | 'deleted'>[] = [],
): Map<string, string> {
  const parts = new Map<string, string[]>();
  const add = (caseId: string | null, text: string) => {
    if (caseId === null) return;
    const list = parts.get(caseId);
    if (list) list.push(text);
    else parts.set(caseId, [text]);
  };
  for (const aim of aims) if (!aim.deleted) add(aim.caseId, aim.text);
  for (const action of actions)
    if (!action.deleted && action.source === 'case') add(action.caseId, action.text);
  // A number is found however it is typed: "943 476 5919" and "9434765919" are the same NHS number.
  for (const reference of references)
    if (!reference.deleted)
      add(reference.caseId, `${reference.value}\n${reference.value.replace(/[\s-]/g, '')}`);
  const texts = new Map<string, string>();
  for (const [caseId, list] of parts) texts.set(caseId, list.join('\n').toLowerCase());
  return texts;
}

/**
 * `searchTexts` (from `buildSearchTexts`) holds the aims and actions text of each case, folded into its card's
 * search text; without it, search finds references and names only.
 */
export function buildBoardIndex(
  data: BoardData,
  today: string,
  searchTexts: ReadonlyMap<string, string> = new Map(),
): BoardIndex {
  const members = new Map(data.members.filter((m) => !m.deleted).map((m) => [m.id, m]));
  const memberNames = new Map([...members.values()].map((m) => [m.id, m.name]));
  const agencyNames = new Map(data.agencies.filter((a) => !a.deleted).map((a) => [a.id, a.name]));
  // Agencies ranked by name once, so each card orders its few agencies by number rather than by collation.
  const agencyRank = new Map(
    [...agencyNames].sort((a, b) => NAME_ORDER.compare(a[1], b[1])).map(([id], rank) => [id, rank]),
  );
  const involvementsByCase = groupBy(
    data.involvements.filter((row) => !row.deleted),
    (row) => row.caseId,
  );
  const actionsByCase = groupBy(
    data.actions.filter((row) => !row.deleted && row.source === 'case'),
    (row) => row.caseId,
  );

  const context: CardContext = { memberNames, agencyNames, today, limit: dueSoonLimit(today) };
  const cards: BoardCard[] = [];
  for (const row of data.cases) {
    if (row.deleted) continue;
    const involvements = involvementsByCase.get(row.id) ?? [];
    const actions = actionsByCase.get(row.id) ?? [];
    // A case has a handful of people and agencies: plain lists checked with `includes` cost far less than a Set
    // each, over 5,000 cards built every time the board opens.
    const memberIds: string[] = row.leadMemberId ? [row.leadMemberId] : [];
    const agencyIds: string[] = [];
    for (const involvement of involvements) {
      const { memberId } = involvement;
      if (memberId && !memberIds.includes(memberId)) memberIds.push(memberId);
      const agencyId =
        involvement.agencyId ?? (memberId ? members.get(memberId)?.employingAgencyId : undefined);
      if (agencyId && !agencyIds.includes(agencyId) && agencyNames.has(agencyId)) agencyIds.push(agencyId);
    }
    const sortedAgencies =
      agencyIds.length > 1
        ? agencyIds.sort((a, b) => (agencyRank.get(a) ?? 0) - (agencyRank.get(b) ?? 0))
        : agencyIds;
    let overdueActions = 0;
    for (const action of actions) {
      if (action.status === 'open' && action.dueDate !== null && action.dueDate < today) overdueActions += 1;
    }
    const core: CardCore = {
      id: row.id,
      reference: row.reference,
      displayName: row.displayName,
      columnId: row.columnId,
      status: row.status,
      leadId: row.leadMemberId,
      memberIds,
      agencyIds: sortedAgencies,
      concerns: row.concerns,
      nextReviewDate: row.nextReviewDate,
      overdueActions,
    };
    cards.push(finishCard(core, context, searchTexts.get(row.id)));
  }
  // Sorted once here, so every filtered view keeps card order without sorting on each keystroke. The saved
  // snapshot keeps its cases in this order (boardSource.ts), so this is usually a single pass over cards in order.
  cards.sort(compareCards);
  return { cards, columns: orderColumns(data.boardColumns), memberNames, agencyNames, today };
}
