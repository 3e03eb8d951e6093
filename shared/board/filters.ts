/**
 * What a person can narrow the board to. One plain object: it is kept in the address, saved whole as a named
 * view, and applied in memory to the board's index (shared/board/boardIndex.ts).
 */
import { z } from 'zod';
import { indicatorIdSchema, indicatorLabel, type WellbeingSetting } from '../domain/wellbeing';

export const REVIEW_FILTERS = ['any', 'due-soon', 'overdue', 'due-soon-or-overdue'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];
export const REVIEW_FILTER_LABELS: Record<ReviewFilter, string> = {
  any: 'Any review date',
  'due-soon': 'Review due in the next 14 days',
  overdue: 'Review overdue',
  'due-soon-or-overdue': 'Review due in the next 14 days or overdue',
};

export const BOARD_LAYOUTS = ['board', 'list'] as const;
export type BoardLayoutChoice = (typeof BOARD_LAYOUTS)[number];
export const LIST_SORTS = ['reference', 'name', 'stage', 'lead', 'review', 'actions'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

const id = z.string().max(64).nullable().default(null);

export const boardFiltersSchema = z.object({
  /** Cases where the person working is the lead professional or is involved. */
  mine: z.boolean().default(false),
  leadId: id,
  agencyId: id,
  memberId: id,
  /** A wellbeing indicator's id, of the team's framework or an earlier one. */
  concern: indicatorIdSchema.nullable().default(null),
  review: z.enum(REVIEW_FILTERS).default('any'),
  actionsOverdue: z.boolean().default(false),
  search: z.string().max(200, { message: 'Search for 200 characters or fewer.' }).default(''),
  showClosed: z.boolean().default(false),
  /** How the filtered cases are shown: as cards in stages, or as rows of a table. Kept with the filters so the
   * address and a saved view bring the person back to the same view. */
  layout: z.enum(BOARD_LAYOUTS).default('board'),
  /** The list's order: a column, and which way. */
  sort: z.enum(LIST_SORTS).default('review'),
  descending: z.boolean().default(false),
});
export type BoardFilters = z.infer<typeof boardFiltersSchema>;

export const EMPTY_FILTERS: BoardFilters = boardFiltersSchema.parse({});

/** How many filters narrow the board (showing closed cases widens it, so it does not count). */
export function activeFilterCount(filters: BoardFilters): number {
  return [
    filters.mine,
    filters.leadId !== null,
    filters.agencyId !== null,
    filters.memberId !== null,
    filters.concern !== null,
    filters.review !== 'any',
    filters.actionsOverdue,
    filters.search.trim() !== '',
  ].filter(Boolean).length;
}

const QUERY_KEYS = {
  mine: 'mine',
  leadId: 'lead',
  agencyId: 'agency',
  memberId: 'member',
  concern: 'concern',
  review: 'review',
  actionsOverdue: 'actions',
  search: 'q',
  showClosed: 'closed',
  layout: 'view',
  sort: 'sort',
  descending: 'desc',
} as const satisfies Record<keyof BoardFilters, string>;

/** The filters as an address query (`lead=…&q=…`), leaving out those at their default. */
export function filtersToQuery(filters: BoardFilters): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(QUERY_KEYS) as (keyof BoardFilters)[]) {
    const value = filters[key];
    if (value === EMPTY_FILTERS[key]) continue;
    params.set(QUERY_KEYS[key], typeof value === 'boolean' ? '1' : String(value));
  }
  return params.toString();
}

/** Filters read back from an address query; anything unreadable falls back to its default rather than failing. */
export function filtersFromQuery(query: string): BoardFilters {
  const params = new URLSearchParams(query);
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(QUERY_KEYS) as (keyof BoardFilters)[]) {
    const value = params.get(QUERY_KEYS[key]);
    if (value === null) continue;
    raw[key] = typeof EMPTY_FILTERS[key] === 'boolean' ? value === '1' : value;
  }
  const result: BoardFilters = { ...EMPTY_FILTERS };
  for (const [key, value] of Object.entries(raw)) {
    const one = boardFiltersSchema.safeParse({ [key]: value });
    if (one.success) Object.assign(result, { [key]: one.data[key as keyof BoardFilters] });
  }
  return result;
}

/** The filters that narrow the board (showing closed cases widens it), in plain words for the filter bar. */
export function describeFilters(
  filters: BoardFilters,
  memberNames: ReadonlyMap<string, string>,
  agencyNames: ReadonlyMap<string, string>,
  wellbeing: WellbeingSetting,
): string[] {
  const someone = (name: string | undefined) => name ?? 'someone no longer listed';
  const parts: string[] = [];
  if (filters.search.trim() !== '') parts.push(`Search: “${filters.search.trim()}”`);
  if (filters.mine) parts.push('My cases');
  if (filters.leadId !== null) parts.push(`Lead: ${someone(memberNames.get(filters.leadId))}`);
  if (filters.agencyId !== null)
    parts.push(`Agency: ${agencyNames.get(filters.agencyId) ?? 'an agency no longer listed'}`);
  if (filters.memberId !== null) parts.push(`Involved: ${someone(memberNames.get(filters.memberId))}`);
  if (filters.concern !== null) parts.push(`Wellbeing: ${indicatorLabel(filters.concern, wellbeing)}`);
  if (filters.review !== 'any') parts.push(REVIEW_FILTER_LABELS[filters.review]);
  if (filters.actionsOverdue) parts.push('Has overdue actions');
  return parts;
}

/** The filters with nothing narrowing the board; how the cases are shown is kept. */
export function clearFilters(filters: BoardFilters): BoardFilters {
  return {
    ...EMPTY_FILTERS,
    showClosed: filters.showClosed,
    layout: filters.layout,
    sort: filters.sort,
    descending: filters.descending,
  };
}
