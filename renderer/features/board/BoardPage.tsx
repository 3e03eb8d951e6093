import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createCardSearch } from '../../../shared/board/cardSearch';
import { type BoardFilters, type ListSort } from '../../../shared/board/filters';
import { orderForList } from '../../../shared/board/listOrder';
import { layoutBoard, type Grouping } from '../../../shared/board/grouping';

import { can } from '../../../shared/domain/roles';
import { hrefFor } from '../../app/router/hashRoute';
import { usePerson } from '../../app/team/usePerson';
import { useWellbeing } from '../../app/data/useWellbeing';
import { concernOptions } from './concernOptions';
import { PageHeader } from '../../ui/PageHeader';
import { Board } from './Board';
import { BoardFiltersPanel } from './BoardFiltersPanel';
import { CaseList } from './CaseList';
import { SavedViewsPanel } from './SavedViewsPanel';
import { readBoardUrl, writeBoardUrl } from './boardUrl';
import { useBoardIndex } from './useBoardIndex';
import { useBoardSearchTexts } from './useBoardSearchTexts';
import { useCaseActivity } from './useCaseActivity';
import { useSavedViews } from './useSavedViews';
import './board.css';
import { todayIso } from '../../../shared/dates';

const NO_TEXTS: ReadonlyMap<string, string> = new Map();

/** The team's joint case board: stages, cases, filters, swimlanes, saved views, and the same cases as a list. */
export function BoardPage() {
  const person = usePerson();
  const personId = person?.id ?? null;
  const today = todayIso();
  const index = useBoardIndex(today) ?? null;
  const wellbeing = useWellbeing();
  const changed = useCaseActivity(personId, index !== null);
  const views = useSavedViews(personId);
  const [initial] = useState(readBoardUrl);
  const [filters, setFilters] = useState<BoardFilters>(initial.filters);
  const [grouping, setGrouping] = useState<Grouping>(initial.grouping);
  // Without swimlanes a keystroke's result is drawn in the same frame as the letter typed (deferring it costs a
  // frame). With swimlanes every lane repeats the stages, so the result is worked out behind the search box, which
  // stays responsive meanwhile. Only then is a deferred value kept: any change to it draws the page a second time,
  // after the result, which would only delay the next keystroke.
  const inSameFrame = grouping === 'none' || filters.layout === 'list';
  const deferredFilters = useDeferredValue(inSameFrame ? null : filters);
  const applied = inSameFrame ? filters : (deferredFilters ?? filters);

  useEffect(() => {
    // Written once typing pauses: changing the address on every keystroke costs more than the filtering does.
    const timer = window.setTimeout(() => writeBoardUrl({ filters, grouping }), 300);
    return () => window.clearTimeout(timer);
  }, [filters, grouping]);

  // The aims and actions text for search is read once the first cards have been painted.
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!index || painted) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [index, painted]);
  const searchTexts = useBoardSearchTexts(painted, today);
  const { layout: shownAs, sort, descending } = applied;
  // The list's order is set once per choice of column; filtering keeps it, so typing never sorts.
  const listOrder = useMemo(
    () => (index && shownAs === 'list' ? orderForList(index.cards, sort, descending, index.columns) : null),
    [index, shownAs, sort, descending],
  );
  // Made again only when the cases, their order or the search text change; typing reuses it (cardSearch.ts).
  const search = useMemo(
    () => (index ? createCardSearch(listOrder ?? index.cards, searchTexts ?? NO_TEXTS) : null),
    [index, listOrder, searchTexts],
  );
  const shown = useMemo(() => search?.filter(applied, personId) ?? [], [search, applied, personId]);
  const layout = useMemo(
    () => (index && shownAs === 'board' ? layoutBoard(shown, index.columns, grouping) : null),
    [index, shown, grouping, shownAs],
  );
  const stageTitles = useMemo(
    () => new Map(index?.columns.map((column) => [column.id, column.title])),
    [index],
  );
  const onSort = useCallback(
    (column: ListSort, reverse: boolean) =>
      setFilters((latest) => ({ ...latest, sort: column, descending: reverse })),
    [],
  );
  const options = useMemo(() => {
    if (!index) return { members: [], agencies: [], concerns: [] };
    const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'en-GB');
    return {
      members: [...index.memberNames].map(([value, label]) => ({ value, label })).sort(byName),
      agencies: [...index.agencyNames].map(([value, label]) => ({ value, label })).sort(byName),
      concerns: wellbeing ? concernOptions(index.cards, wellbeing) : [],
    };
  }, [index, wellbeing]);
  // Counts each result the board has shown, so a benchmark can tell when a keystroke's result is on screen. By the
  // filters too: a keystroke that leaves the result as it was (a space typed) is still answered.
  const boardRef = useRef<HTMLDivElement>(null);
  const resultsVersion = useRef(0);
  useLayoutEffect(() => {
    resultsVersion.current += 1;
    boardRef.current?.setAttribute('data-results-version', String(resultsVersion.current));
  }, [layout, shown, applied]);
  const open = useMemo(() => index?.cards.filter((card) => card.status !== 'closed').length ?? 0, [index]);

  return (
    <div className="board-page">
      <PageHeader title="Board">
        <a className="button" href={hrefFor('board', 'new')}>
          Open a new case
        </a>
        <a className="button button--secondary" href={hrefFor('board', 'my-work')}>
          My work
        </a>
        <a className="button button--secondary" href={hrefFor('board', 'outcomes')}>
          Does it make a difference
        </a>
        {can(person, 'manage-columns') && (
          <a className="button button--secondary" href={hrefFor('board', 'columns')}>
            Manage stages
          </a>
        )}
      </PageHeader>
      <BoardFiltersPanel
        filters={filters}
        onChange={setFilters}
        grouping={grouping}
        onGroupingChange={setGrouping}
        options={options}
        wellbeing={wellbeing}
        status={
          index ? (
            <p className="board-bar__status" role="status">
              Showing {shown.length.toLocaleString('en-GB')} of {open.toLocaleString('en-GB')} open{' '}
              {open === 1 ? 'case' : 'cases'}
              {applied.showClosed ? ' (closed cases included)' : ''}.
              {applied.search.trim() !== '' && !searchTexts
                ? ' Still reading the aims and actions to search them too.'
                : ''}
            </p>
          ) : null
        }
        savedViews={
          <SavedViewsPanel
            views={views ?? []}
            filters={filters}
            onApply={(view) => setFilters(view.filters)}
          />
        }
      />
      {!index ? (
        <p role="status">Loading the board…</p>
      ) : (
        <div className="board" ref={boardRef}>
          {layout ? (
            <Board
              layout={layout}
              allColumns={index.columns}
              changed={changed}
              grouped={grouping !== 'none'}
            />
          ) : (
            <CaseList
              cards={shown}
              sort={sort}
              descending={descending}
              onSort={onSort}
              stageTitles={stageTitles}
              changed={changed}
              wellbeing={wellbeing}
            />
          )}
        </div>
      )}
    </div>
  );
}
