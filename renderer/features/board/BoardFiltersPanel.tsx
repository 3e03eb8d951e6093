import { Checkbox } from 'react-aria-components';
import type { ReactNode } from 'react';
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
  onChange: (next: BoardFilters) => void;
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

/** The board's filters: they combine, and the board updates as they change. */
export function BoardFiltersPanel({
  filters,
  onChange,
  grouping,
  onGroupingChange,
  members,
  agencies,
}: BoardFiltersPanelProps) {
  const set = <Key extends keyof BoardFilters>(key: Key, value: BoardFilters[Key]) =>
    onChange({ ...filters, [key]: value });
  const count = activeFilterCount(filters);
  return (
    <div role="search" className="board-filters" aria-label="Find cases on the board">
      <TextField
        id="board-search"
        type="search"
        label="Search cases"
        hint="Searches the reference, the name, the shared aims and the actions."
        value={filters.search}
        onChange={(value) => set('search', value)}
        className="board-filters__search"
      />
      <div className="board-filters__grid">
        <SelectField
          id="filter-lead"
          label="Lead professional"
          value={filters.leadId ?? ''}
          options={members}
          emptyLabel="Anyone"
          onChange={(value) => set('leadId', value || null)}
        />
        <SelectField
          id="filter-agency"
          label="Agency involved"
          value={filters.agencyId ?? ''}
          options={agencies}
          emptyLabel="Any agency"
          onChange={(value) => set('agencyId', value || null)}
        />
        <SelectField
          id="filter-member"
          label="Person involved"
          value={filters.memberId ?? ''}
          options={members}
          emptyLabel="Anyone"
          onChange={(value) => set('memberId', value || null)}
        />
        <SelectField
          id="filter-concern"
          label="Wellbeing concern"
          value={filters.concern ?? ''}
          options={WELLBEING.map((value) => ({ value, label: WELLBEING_LABELS[value] }))}
          emptyLabel="Any concern"
          onChange={(value) => set('concern', WELLBEING.find((w) => w === value) ?? null)}
        />
        <SelectField
          id="filter-review"
          label="Review date"
          value={filters.review}
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
      <div className="board-filters__ticks">
        <Tick isSelected={filters.mine} onChange={(value) => set('mine', value)}>
          My cases (I lead or am involved)
        </Tick>
        <Tick isSelected={filters.actionsOverdue} onChange={(value) => set('actionsOverdue', value)}>
          Has overdue actions
        </Tick>
        <Tick isSelected={filters.showClosed} onChange={(value) => set('showClosed', value)}>
          Show closed cases
        </Tick>
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
