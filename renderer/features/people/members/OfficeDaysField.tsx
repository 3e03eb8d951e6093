import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import type { Weekday } from '../../../../shared/domain/directory';
import { WEEKDAYS, WEEKDAY_LABELS } from '../../../../shared/domain/directory';

interface OfficeDaysFieldProps {
  id: string;
  value: Weekday[];
  onChange: (days: Weekday[]) => void;
}

function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

/** The days a person is usually in the shared office: one checkbox per weekday. */
export function OfficeDaysField({ id, value, onChange }: OfficeDaysFieldProps) {
  return (
    <CheckboxGroup
      id={id}
      className="field checkbox-group"
      value={value}
      onChange={(days) => onChange(WEEKDAYS.filter((day) => days.filter(isWeekday).includes(day)))}
    >
      <Label className="field__label">Days in the office</Label>
      <Text slot="description" className="field__hint">
        Used for “Who is in today”. Leave all unticked if they are not usually in the shared office.
      </Text>
      <div className="checkbox-row">
        {WEEKDAYS.map((day) => (
          <Checkbox key={day} value={day} className="checkbox">
            {WEEKDAY_LABELS[day]}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}
