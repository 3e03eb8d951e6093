import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { AREA_LABELS, AREAS } from '../../../shared/domain/tableDef';

/** The areas a person may leave out of what this PC shares; the team's own details always go. */
export const CHOOSABLE_AREAS = AREAS.filter((area) => area !== 'team');

interface AreaChoiceProps {
  label: string;
  value: string[];
  onChange: (areas: string[]) => void;
}

/** Check boxes for the parts of the team's work a file or the team folder carries. */
export function AreaChoice({ label, value, onChange }: AreaChoiceProps) {
  return (
    <CheckboxGroup value={value} onChange={onChange} className="field sync-areas">
      <Label>{label}</Label>
      <Text slot="description" className="field__hint">
        {AREA_LABELS.team} always go in. Leave out anything the other PCs’ people must not see.
      </Text>
      {CHOOSABLE_AREAS.map((area) => (
        <Checkbox key={area} value={area} className="sync-checkbox">
          {({ isSelected }) => (
            <>
              <span className="sync-checkbox__box" aria-hidden="true">
                {isSelected ? '✓' : ''}
              </span>
              {AREA_LABELS[area]}
            </>
          )}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
