import { Checkbox } from 'react-aria-components';
import { memo, useCallback, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import {
  REVIEW_FILTERS,
  REVIEW_FILTER_LABELS,
  activeFilterCount,
  type BoardFilters,
} from '../../../shared/board/filters';
import { GROUPINGS, GROUPING_LABELS, type Grouping } from '../../../shared/board/grouping';
import { WELLBEING, WELLBEING_LABELS } from '../../../shared/domain/cases';
import { SelectField, type SelectOption } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';

interface BoardFiltersPanelProps {
  filters: BoardFilters;
  /** The board's state setter: changes are applied to the latest filters, so the lists below can stay memoised. */
  onChange: Dispatch<SetStateAction<BoardFilters>>;
  grouping: Grouping;
  onGroupingChange: (grouping: Grouping) => void;
  members: readonly SelectOption[];
  agencies: readonly SelectOption[];
}

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

type SetFilter = <Key extends keyof BoardFilters>(key: Key, value: BoardFilters[Key]) => void;

interface FilterSelectsProps extends Pick<
  BoardFilters,
  'leadId' | 'agencyId' | 'memberId' | 'concern' | 'review'
> {
  set: SetFilter;
  grouping: Grouping;
  onGroupingChange: (grouping: Grouping) => void;
  members: readonly SelectOption[];
  agencies: readonly SelectOption[];
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
  members,
  agencies,
}: FilterSelectsProps) {
  return (
    <div className="board-filters__grid">
      <SelectField
        id="filter-lead"
        label="Lead professional"
        value={leadId ?? ''}
        options={members}
        emptyLabel="Anyone"
        onChange={(value) => set('leadId', value || null)}
      />
      <SelectField
        id="filter-agency"
        label="Agency involved"
        value={agencyId ?? ''}
        options={agencies}
        emptyLabel="Any agency"
        onChange={(value) => set('agencyId', value || null)}
      />
      <SelectField
        id="filter-member"
        label="Person involved"
        value={memberId ?? ''}
        options={members}
        emptyLabel="Anyone"
        onChange={(value) => set('memberId', value || null)}
      />
      <SelectField
        id="filter-concern"
        label="Wellbeing concern"
        value={concern ?? ''}
        options={WELLBEING.map((value) => ({ value, label: WELLBEING_LABELS[value] }))}
        emptyLabel="Any concern"
        onChange={(value) => set('concern', WELLBEING.find((w) => w === value) ?? null)}
      />
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

/** The board's filters: they combine, and the board updates as they change. */
export function BoardFiltersPanel({
  filters,
  onChange,
  grouping,
  onGroupingChange,
  members,
  agencies,
}: BoardFiltersPanelProps) {
  const set: SetFilter = useCallback(
    (key, value) => onChange((latest) => ({ ...latest, [key]: value })),
    [onChange],
  );
  const count = activeFilterCount(filters);
  return (
    <div role="search" className="board-filters" aria-label="Find cases on the board">
      <TextField
        id="board-search"
        type="search"
        label="Search cases"
        hint="Searches the reference, the name, the lead professional, everyone involved, the shared aims and the actions."
        value={filters.search}
        onChange={(value) => set('search', value)}
        className="board-filters__search"
      />
      <FilterSelects
        leadId={filters.leadId}
        agencyId={filters.agencyId}
        memberId={filters.memberId}
        concern={filters.concern}
        review={filters.review}
        set={set}
        grouping={grouping}
        onGroupingChange={onGroupingChange}
        members={members}
        agencies={agencies}
      />
      <div className="board-filters__ticks">
        <FilterTicks
          mine={filters.mine}
          actionsOverdue={filters.actionsOverdue}
          showClosed={filters.showClosed}
          set={set}
        />
        {count > 0 && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              onChange({
                ...filters,
                mine: false,
                leadId: null,
                agencyId: null,
                memberId: null,
                concern: null,
                review: 'any',
                actionsOverdue: false,
                search: '',
              })
            }
          >
            Clear {count === 1 ? 'the filter' : `all ${count} filters`}
          </button>
        )}
      </div>
    </div>
  );
}
