import { Checkbox } from 'react-aria-components';
import type { Agency, Member } from '../../../../shared/domain/directory';
import {
  PROFESSIONS,
  PROFESSION_LABELS,
  WEEKDAYS,
  WEEKDAY_LABELS,
} from '../../../../shared/domain/directory';
import type { DirectoryFilters as Filters } from '../../../../shared/people/directoryView';
import { NO_FILTERS } from '../../../../shared/people/directoryView';
import { allSkills } from '../../../../shared/people/members';
import { SelectField } from '../../../ui/forms/SelectField';

interface DirectoryFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  members: readonly Member[];
  agencies: readonly Agency[];
}

/** Narrow the directory by agency, profession, skill and day in the office. */
export function DirectoryFilters({ filters, onChange, members, agencies }: DirectoryFiltersProps) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const used = new Set(members.map((member) => member.profession));
  return (
    <fieldset className="directory-filters">
      <legend>Filter the directory</legend>
      <SelectField
        id="filter-agency"
        label="Agency"
        value={filters.agencyId}
        emptyLabel="All agencies"
        options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
        onChange={(agencyId) => set({ agencyId })}
      />
      <SelectField
        id="filter-profession"
        label="Profession"
        value={filters.profession}
        emptyLabel="All professions"
        options={PROFESSIONS.filter((p) => used.has(p)).map((p) => ({
          value: p,
          label: PROFESSION_LABELS[p],
        }))}
        onChange={(profession) => set({ profession })}
      />
      <SelectField
        id="filter-skill"
        label="Skill"
        value={filters.skill}
        emptyLabel="Any skill"
        options={allSkills(members).map((skill) => ({ value: skill, label: skill }))}
        onChange={(skill) => set({ skill })}
      />
      <SelectField
        id="filter-day"
        label="In the office on"
        value={filters.day}
        emptyLabel="Any day"
        options={WEEKDAYS.map((day) => ({ value: day, label: WEEKDAY_LABELS[day] }))}
        onChange={(day) => set({ day: WEEKDAYS.find((weekday) => weekday === day) ?? '' })}
      />
      <Checkbox
        className="checkbox"
        isSelected={filters.includeLeft}
        onChange={(includeLeft) => set({ includeLeft })}
      >
        Include people who have left
      </Checkbox>
      <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </fieldset>
  );
}
