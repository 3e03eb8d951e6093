/**
 * Lays filtered cards out on the board: swimlanes (none, by lead professional, by agency) of columns in board
 * order, with the cards of retired or missing stages gathered apart so that no case is ever hidden.
 */
import type { BoardColumn } from '../domain/team';
import type { BoardCard } from './boardIndex';

export const GROUPINGS = ['none', 'lead', 'agency'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const GROUPING_LABELS: Record<Grouping, string> = {
  none: 'No swimlanes',
  lead: 'Lead professional',
  agency: 'Agency',
};

export interface Lane {
  key: string;
  label: string;
  /** Cards per live column id, in card order. */
  byColumn: ReadonlyMap<string, readonly BoardCard[]>;
  count: number;
}

export interface BoardLayout {
  /** Live, not retired, columns in board order. */
  columns: readonly BoardColumn[];
  lanes: readonly Lane[];
  /** Cards whose stage is retired or no longer on the board. */
  retired: readonly BoardCard[];
  total: number;
}

// One collator for every comparison: `localeCompare` builds a new one per call, which is slow over 5,000 cards.
const NAME_ORDER = new Intl.Collator('en-GB');

const NO_LEAD = 'none';
const NO_AGENCY = 'none';

function laneKeys(card: BoardCard, grouping: Exclude<Grouping, 'none'>): { key: string; label: string }[] {
  if (grouping === 'lead') {
    return [
      card.leadId
        ? { key: card.leadId, label: card.leadName }
        : { key: NO_LEAD, label: 'No lead professional' },
    ];
  }
  if (card.agencyIds.length === 0) return [{ key: NO_AGENCY, label: 'No agency recorded' }];
  return card.agencyIds.map((key, index) => ({ key, label: card.agencyNames[index] ?? '' }));
}

/**
 * The live stages of one ordered list of stages, the same array each time it is asked: the board draws a stage again
 * only when what it is given changes, and a new list of stages on every keystroke would draw all of them again.
 */
const liveColumnsOf = new WeakMap<readonly BoardColumn[], readonly BoardColumn[]>();

function liveColumns(orderedColumns: readonly BoardColumn[]): readonly BoardColumn[] {
  let live = liveColumnsOf.get(orderedColumns);
  if (!live) {
    live = orderedColumns.filter((column) => !column.retired);
    liveColumnsOf.set(orderedColumns, live);
  }
  return live;
}

export function layoutBoard(
  cards: readonly BoardCard[],
  orderedColumns: readonly BoardColumn[],
  grouping: Grouping,
): BoardLayout {
  const columns = liveColumns(orderedColumns);
  if (grouping === 'none') return layoutOneLane(cards, columns);
  const liveIds = new Set(columns.map((column) => column.id));
  const lanes = new Map<string, { label: string; byColumn: Map<string, BoardCard[]>; count: number }>();
  const retired: BoardCard[] = [];
  for (const card of cards) {
    if (!liveIds.has(card.columnId)) {
      retired.push(card);
      continue;
    }
    for (const { key, label } of laneKeys(card, grouping)) {
      let lane = lanes.get(key);
      if (!lane) {
        lane = { label, byColumn: new Map(columns.map((column) => [column.id, []])), count: 0 };
        lanes.set(key, lane);
      }
      lane.byColumn.get(card.columnId)?.push(card);
      lane.count += 1;
    }
  }
  const ordered = [...lanes.entries()]
    .map(([key, lane]) => ({ key, ...lane }))
    .sort((a, b) => {
      if (a.key === NO_LEAD || a.key === NO_AGENCY) return 1;
      if (b.key === NO_LEAD || b.key === NO_AGENCY) return -1;
      return NAME_ORDER.compare(a.label, b.label);
    });
  return { columns, lanes: ordered, retired, total: cards.length };
}

/**
 * The board without swimlanes, as most people see it: one lane of every stage. Laid out on every keystroke, over
 * every case that matches (50,000 in a whole authority), so each card costs one lookup and nothing is made for it.
 */
function layoutOneLane(cards: readonly BoardCard[], columns: readonly BoardColumn[]): BoardLayout {
  const byColumn = new Map<string, BoardCard[]>(columns.map((column) => [column.id, []]));
  const retired: BoardCard[] = [];
  let count = 0;
  for (const card of cards) {
    const stage = byColumn.get(card.columnId);
    if (stage) {
      stage.push(card);
      count += 1;
    } else retired.push(card);
  }
  const lane: Lane = { key: 'all', label: 'All cases', byColumn, count };
  return { columns, lanes: [lane], retired, total: cards.length };
}
