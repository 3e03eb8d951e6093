import { Label, Radio, RadioGroup } from 'react-aria-components';
import {
  FRAMEWORK_HINTS,
  FRAMEWORK_LABELS,
  WELLBEING_FRAMEWORKS,
  type WellbeingFramework,
} from '../../../../shared/domain/wellbeing';

/** The four wellbeing frameworks as radio buttons, each with what it holds: at setup and in Settings. */
export function FrameworkChoice({
  id,
  value,
  onChange,
}: {
  id: string;
  value: WellbeingFramework;
  onChange: (value: WellbeingFramework) => void;
}) {
  return (
    <RadioGroup
      id={id}
      className="field radio-group"
      value={value}
      onChange={(chosen) => onChange(WELLBEING_FRAMEWORKS.find((item) => item === chosen) ?? value)}
    >
      <Label className="field__label">Wellbeing framework</Label>
      <span className="field__hint">
        The indicators the team tags cases with. A team leader can change it later in Settings.
      </span>
      {WELLBEING_FRAMEWORKS.map((item) => (
        <Radio key={item} value={item} className="radio">
          {FRAMEWORK_LABELS[item]}
          <span className="field__hint radio__hint">{FRAMEWORK_HINTS[item]}</span>
        </Radio>
      ))}
    </RadioGroup>
  );
}
