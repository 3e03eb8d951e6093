import { useMemo, useState } from 'react';
import { Checkbox, CheckboxGroup, Input, Label, SearchField, Text } from 'react-aria-components';
import { PROFESSION_LABELS, type Member } from '../../../shared/domain/directory';
import { FieldError, fieldClass, fieldIds } from '../../ui/forms/Field';

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

/**
 * Choosing people from the directory: a search box narrows a list of checkboxes. People already chosen stay
 * chosen when the search hides them, and are named above the list so nobody is chosen by mistake unseen.
 */
export function AttendeePicker({ id, label, hint, members, value, onChange, error }: AttendeePickerProps) {
  const [search, setSearch] = useState('');
  const shown = useMemo(() => {
    const words = search.trim().toLocaleLowerCase('en-GB');
    if (words === '') return members;
    return members.filter((member) =>
      `${member.name} ${professionOf(member)} ${member.roleTitle}`.toLocaleLowerCase('en-GB').includes(words),
    );
  }, [members, search]);
  const chosen = members.filter((member) => value.includes(member.id));
  const { errorId } = fieldIds(id, { error });

  return (
    <div className={fieldClass(error, 'attendee-picker')}>
      <CheckboxGroup
        value={[...value]}
        onChange={onChange}
        aria-describedby={errorId}
        isInvalid={Boolean(error)}
      >
        <Label className="field__label">{label}</Label>
        {hint && (
          <Text slot="description" className="field__hint">
            {hint}
          </Text>
        )}
        <FieldError id={errorId} message={error} />
        <SearchField value={search} onChange={setSearch} className="field">
          <Label>Search by name, profession or role</Label>
          <Input id={id} />
        </SearchField>
        <p aria-live="polite">
          {chosen.length === 0
            ? 'Nobody chosen yet.'
            : `Chosen (${chosen.length}): ${chosen.map((member) => member.name).join(', ')}.`}
        </p>
        <div className="attendee-picker__list">
          {shown.length === 0 && <p>Nobody matches that search.</p>}
          {shown.map((member) => (
            <Checkbox key={member.id} value={member.id} className="checkbox checkbox--list">
              {({ isSelected }) => (
                <>
                  <span className="checkbox__box" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  <span>
                    {member.name} <span className="checkbox__hint">— {professionOf(member)}</span>
                  </span>
                </>
              )}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
    </div>
  );
}
