import { useMemo, useState, type ReactNode } from 'react';
import { CheckboxGroup, Input, Label, SearchField, Text } from 'react-aria-components';
import { ListCheckbox } from './ListCheckbox';
import { FieldError, fieldClass, fieldIds } from '../../ui/forms/Field';

export interface ChecklistItem {
  value: string;
  label: string;
  /** Said after the label, quieter: a profession, when a training was last logged. */
  detail?: string;
  /** What the search box looks in. */
  searchText: string;
}

interface SearchableChecklistProps {
  /** The DOM id the error summary links to: the search box, or the first checkbox when there is no search box. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** The search box's label, saying what it looks in. */
  searchLabel: string;
  items: readonly ChecklistItem[];
  value: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
  className?: string | undefined;
  /** With fewer items than this the list is short enough to read whole, and has no search box. */
  searchFrom?: number;
  /** Said in place of the chosen names while nothing is chosen: "Nobody chosen yet." */
  nothingChosen: string;
  /** Said when the search hides every item. */
  noMatch?: string;
  /** Said in place of the list when there is nothing to choose from. */
  empty?: ReactNode;
}

/**
 * Choosing several from a list that may be long: a search box narrows a list of checkboxes. What is chosen stays
 * chosen when the search hides it, and is named above the list so nothing is chosen by mistake unseen.
 */
export function SearchableChecklist({
  id,
  label,
  hint,
  searchLabel,
  items,
  value,
  onChange,
  error,
  className,
  searchFrom = 0,
  nothingChosen,
  noMatch = 'Nothing matches that search.',
  empty,
}: SearchableChecklistProps) {
  const [search, setSearch] = useState('');
  const searchable = items.length >= searchFrom;
  const shown = useMemo(() => {
    const words = search.trim().toLocaleLowerCase('en-GB');
    if (!searchable || words === '') return items;
    return items.filter((item) => item.searchText.toLocaleLowerCase('en-GB').includes(words));
  }, [items, search, searchable]);
  const listed = items.length > 0 || empty === undefined;
  const chosen = items.filter((item) => value.includes(item.value));
  const { errorId } = fieldIds(id, { error });

  return (
    <div className={fieldClass(error, className)}>
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
        {!listed && empty}
        {searchable && listed && (
          <SearchField value={search} onChange={setSearch} className="field">
            <Label>{searchLabel}</Label>
            <Input id={id} />
          </SearchField>
        )}
        {listed && (
          <p aria-live="polite">
            {chosen.length === 0
              ? nothingChosen
              : `Chosen (${chosen.length}): ${chosen.map((item) => item.label).join(', ')}.`}
          </p>
        )}
        {listed && (
          <div className="attendee-picker__list">
            {shown.length === 0 && <p>{noMatch}</p>}
            {shown.map((item, index) => (
              <ListCheckbox
                key={item.value}
                value={item.value}
                id={!searchable && index === 0 ? id : undefined}
              >
                <span>
                  {item.label}
                  {item.detail && <span className="checkbox__hint"> — {item.detail}</span>}
                </span>
              </ListCheckbox>
            ))}
          </div>
        )}
      </CheckboxGroup>
    </div>
  );
}
