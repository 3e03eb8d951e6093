import { useMemo, useState } from 'react';
import type { Agency, Member } from '../../../../shared/domain/directory';
import { hrefFor } from '../../../app/router/hashRoute';
import { sortMembers, type SortColumn, type SortDirection } from '../../../../shared/people/directoryView';
import { agencyName, professionLabel } from '../../../../shared/people/members';
import { STATUS_LABELS, showDays } from '../words';

interface DirectoryTableProps {
  members: readonly Member[];
  agencies: ReadonlyMap<string, Agency>;
}

const COLUMNS: { key: SortColumn; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'profession', label: 'Profession' },
  { key: 'roleTitle', label: 'Role' },
  { key: 'agency', label: 'Agency' },
  { key: 'days', label: 'Days in' },
  { key: 'status', label: 'Status' },
];

/** The directory as a table, sorted by any column with a button in its heading (announced with aria-sort). */
export function DirectoryTable({ members, agencies }: DirectoryTableProps) {
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({
    column: 'name',
    direction: 'ascending',
  });
  const rows = useMemo(
    () => sortMembers(members, sort.column, sort.direction, agencies),
    [members, sort, agencies],
  );
  return (
    <table className="data-table directory-table">
      <caption className="visually-hidden">
        The team directory, sorted by {COLUMNS.find((c) => c.key === sort.column)?.label.toLowerCase()} (
        {sort.direction})
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const active = sort.column === column.key;
            return (
              <th key={column.key} scope="col" aria-sort={active ? sort.direction : 'none'}>
                <button
                  type="button"
                  className="sort-button"
                  onClick={() =>
                    setSort({
                      column: column.key,
                      direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
                    })
                  }
                >
                  {column.label}
                  <span aria-hidden="true" className="sort-button__arrow">
                    {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            );
          })}
          <th scope="col">Skills</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((member) => (
          <tr key={member.id}>
            <th scope="row">
              <a href={hrefFor('people', 'member', member.id)}>{member.name}</a>
            </th>
            <td>{professionLabel(member)}</td>
            <td>{member.roleTitle}</td>
            <td>{agencyName(agencies, member.employingAgencyId)}</td>
            <td>{showDays(member.officeDays)}</td>
            <td>{STATUS_LABELS[member.status]}</td>
            <td>{member.skills.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
