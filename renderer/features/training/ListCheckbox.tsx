import type { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';

/** One choice in a list of checkboxes inside a CheckboxGroup: the tick drawn in a box beside its words. */
export function ListCheckbox({
  value,
  id,
  children,
}: {
  value: string;
  id?: string | undefined;
  children: ReactNode;
}) {
  return (
    <Checkbox value={value} className="checkbox checkbox--list" id={id}>
      {({ isSelected }) => (
        <>
          <span className="checkbox__box" aria-hidden="true">
            {isSelected ? '✓' : ''}
          </span>
          {children}
        </>
      )}
    </Checkbox>
  );
}
