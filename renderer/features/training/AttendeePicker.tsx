import { useMemo } from 'react';
import { PROFESSION_LABELS, type Member } from '../../../shared/domain/directory';
import { SearchableChecklist } from './SearchableChecklist';

interface AttendeePickerProps {
  /** The DOM id the error summary links to (the search box). */
  id: string;
  label: string;
  hint?: string;
  members: readonly Member[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

export function professionOf(member: Member): string {
  return member.profession === 'other' && member.professionOther
    ? member.professionOther
    : PROFESSION_LABELS[member.profession];
}

/** Choosing people from the directory, found by name, profession or role. */
export function AttendeePicker({ id, label, hint, members, value, onChange, error }: AttendeePickerProps) {
  const items = useMemo(
    () =>
      members.map((member) => ({
        value: member.id,
        label: member.name,
        detail: professionOf(member),
        searchText: `${member.name} ${professionOf(member)} ${member.roleTitle}`,
      })),
    [members],
  );
  return (
    <SearchableChecklist
      id={id}
      label={label}
      hint={hint}
      searchLabel="Search by name, profession or role"
      items={items}
      value={value}
      onChange={onChange}
      error={error}
      className="attendee-picker"
      nothingChosen="Nobody chosen yet."
      noMatch="Nobody matches that search."
    />
  );
}
