import { Checkbox } from 'react-aria-components';
import {
  memo,
  useCallback,
  useMemo,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import {
  BOARD_LAYOUTS,
  REVIEW_FILTERS,
  REVIEW_FILTER_LABELS,
  clearFilters,
  describeFilters,
  type BoardFilters,
  type BoardLayoutChoice,
} from '../../../shared/board/filters';
import { GROUPINGS, GROUPING_LABELS, type Grouping } from '../../../shared/board/grouping';
import { SHANARRI_SETTING, type WellbeingSetting } from '../../../shared/domain/wellbeing';
import { SelectField, type SelectOption } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';

function Tick({
  isSelected,
  children,
  onChange,
}: {
  isSelected: boolean;
  children: ReactNode;
  onChange: (v: boolean) => void;
}) {
  return (
    <Checkbox className="board-checkbox" isSelected={isSelected} onChange={onChange}>
      <span className="board-checkbox__box" aria-hidden="true">
        {isSelected ? '✓' : ''}
      </span>
      {children}
    </Checkbox>
  );
}

/** The drop-downs that narrow the board to one person, agency or concern; the empty choice narrows nothing. */
const NARROWING = [
  { key: 'leadId', id: 'filter-lead', label: 'Lead professional', from: 'members', emptyLabel: 'Anyone' },
  {
    key: 'agencyId',
    id: 'filter-agency',
    label: 'Agency involved',
    from: 'agencies',
    emptyLabel: 'Any agency',
  },
  { key: 'memberId', id: 'filter-member', label: 'Person involved', from: 'members', emptyLabel: 'Anyone' },
  {
    key: 'concern',
    id: 'filter-concern',
    label: 'Wellbeing concern',
    from: 'concerns',
    emptyLabel: 'Any concern',
  },
] as const;

type SetFilter = <Key extends keyof BoardFilters>(key: Key, value: BoardFilters[Key]) => void;

/** What the drop-downs offer, as one object the board keeps while its cases stay the same. */
export interface FilterOptions {
  members: readonly SelectOption[];
  agencies: readonly SelectOption[];
  /** The team's indicators, then any others cases still hold (concernOptions.ts). */
  concerns: readonly SelectOption[];
}

interface FilterSelectsProps extends Pick<
  BoardFilters,
  'leadId' | 'agencyId' | 'memberId' | 'concern' | 'review'
> {
  set: SetFilter;
  grouping: Grouping;
  onGroupingChange: (grouping: Grouping) => void;
  options: FilterOptions;
}

/**
 * The drop-down filters. Memoised apart from the search box: the people lists hold hundreds of options, and
 * re-rendering them on every search keystroke would cost more than the search itself.
 */
const FilterSelects = memo(function FilterSelects({
  leadId,
  agencyId,
  memberId,
  concern,
  review,
  set,
  grouping,
  onGroupingChange,
  options,
}: FilterSelectsProps) {
  return (
    <div className="board-filters__grid">
      {NARROWING.map((choice) => (
        <SelectField
          key={choice.key}
          id={choice.id}
          label={choice.label}
          value={{ leadId, agencyId, memberId, concern }[choice.key] ?? ''}
          options={options[choice.from]}
          emptyLabel={choice.emptyLabel}
          onChange={(value) => set(choice.key, value || null)}
        />
      ))}
      <SelectField
        id="filter-review"
        label="Review date"
        value={review}
        options={REVIEW_FILTERS.map((value) => ({ value, label: REVIEW_FILTER_LABELS[value] }))}
        onChange={(value) => set('review', REVIEW_FILTERS.find((r) => r === value) ?? 'any')}
      />
      <SelectField
        id="board-grouping"
        label="Swimlanes"
        value={grouping}
        options={GROUPINGS.map((value) => ({ value, label: GROUPING_LABELS[value] }))}
        onChange={(value) => onGroupingChange(GROUPINGS.find((g) => g === value) ?? 'none')}
      />
    </div>
  );
});

/** The ticks, memoised like the drop-downs: each one is a full checkbox, re-rendered for nothing on a keystroke. */
const FilterTicks = memo(function FilterTicks({
  mine,
  actionsOverdue,
  showClosed,
  set,
}: Pick<BoardFilters, 'mine' | 'actionsOverdue' | 'showClosed'> & { set: SetFilter }) {
  return (
    <>
      <Tick isSelected={mine} onChange={(value) => set('mine', value)}>
        My cases (I lead or am involved)
      </Tick>
      <Tick isSelected={actionsOverdue} onChange={(value) => set('actionsOverdue', value)}>
        Has overdue actions
      </Tick>
      <Tick isSelected={showClosed} onChange={(value) => set('showClosed', value)}>
        Show closed cases
      </Tick>
    </>
  );
});

interface BoardFiltersPanelProps {
  filters: BoardFilters;
  /** The board's state setter: changes are applied to the latest filters, so the lists below can stay memoised. */
  onChange: Dispatch<SetStateAction<BoardFilters>>;
  grouping: Grouping;
  onGroupingChange: (grouping: Grouping) => void;
  options: FilterOptions;
  /** The team's framework, which names a chosen concern in the bar; undefined while it loads. */
  wellbeing: WellbeingSetting | undefined;
  /** The person's saved views, shown with the filters they save. */
  savedViews: ReactNode;
  /** How many cases show, at the end of the bar. */
  status: ReactNode;
}

/**
 * The board's filters folded into one bar (decision 0024): the search box and the way cases are shown are always
 * there; the other filters open on demand, and the bar says in words which are narrowing the board.
 */
export function BoardFiltersPanel({
  filters,
  onChange,
  grouping,
  onGroupingChange,
  options,
  wellbeing,
  savedViews,
  status,
}: BoardFiltersPanelProps) {
  const [open, setOpen] = useState(false);
  const set: SetFilter = useCallback(
    (key, value) => onChange((latest) => ({ ...latest, [key]: value })),
    [onChange],
  );
  const names = useMemo(
    () => ({
      members: new Map(options.members.map((option) => [option.value, option.label])),
      agencies: new Map(options.agencies.map((option) => [option.value, option.label])),
    }),
    [options],
  );
  const active = describeFilters(filters, names.members, names.agencies, wellbeing ?? SHANARRI_SETTING);
  return (
    <div role="search" className="board-filters" aria-label="Find cases on the board">
      <div className="board-bar">
        {/* A form of its own: on each keystroke in a field outside any form, Chromium's form filling reads every
            such field on the page, the filters' lists of hundreds of names among them, and that was a fifth of a
            keystroke's time on a large board (decision 0012). Enter keeps the search as it is. */}
        <form className="board-bar__search-form" onSubmit={(event) => event.preventDefault()}>
          <TextField
            id="board-search"
            type="search"
            label="Search cases"
            hint={
              <span className="visually-hidden">
                Reference, name, lead, anyone involved, aims and actions.
              </span>
            }
            value={filters.search}
            onChange={(value) => set('search', value)}
            className="board-bar__search"
          />
        </form>
        <button
          type="button"
          className="button button--secondary board-bar__toggle"
          aria-expanded={open}
          aria-controls="board-filter-panel"
          onClick={() => setOpen((was) => !was)}
        >
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          Filters{active.length > 0 ? ` (${active.length} active)` : ''}
        </button>
        <LayoutSwitch layout={filters.layout} set={set} />
        {status}
      </div>
      {active.length > 0 && (
        <p className="board-bar__active">
          <span>
            Filters: {active.length} active — {active.join(', ')}
          </span>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => onChange(clearFilters)}
          >
            Clear all filters
          </button>
        </p>
      )}
      <div id="board-filter-panel" className="board-filters__panel" hidden={!open}>
        <FilterSelects
          leadId={filters.leadId}
          agencyId={filters.agencyId}
          memberId={filters.memberId}
          concern={filters.concern}
          review={filters.review}
          set={set}
          grouping={grouping}
          onGroupingChange={onGroupingChange}
          options={options}
        />
        <div className="board-filters__ticks">
          <FilterTicks
            mine={filters.mine}
            actionsOverdue={filters.actionsOverdue}
            showClosed={filters.showClosed}
            set={set}
          />
        </div>
        {savedViews}
      </div>
    </div>
  );
}

/** Board or list: two buttons, the one in use pressed, so the choice is one key press away and says which it is. */
function LayoutSwitch({ layout, set }: { layout: BoardLayoutChoice; set: SetFilter }) {
  return (
    <div role="group" aria-label="Show cases as" className="board-bar__layout">
      {BOARD_LAYOUTS.map((choice) => (
        <button
          key={choice}
          type="button"
          className="button button--secondary board-bar__layout-button"
          aria-pressed={layout === choice}
          onClick={() => set('layout', choice)}
        >
          {choice === 'board' ? 'Board' : 'List'}
        </button>
      ))}
    </div>
  );
}
