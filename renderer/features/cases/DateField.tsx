import { type DateParts } from '../../../shared/dates';
import { FieldGroup } from '../../ui/forms/Field';

interface DateFieldProps {
  /** The day box's id: the error summary links here. */
  id: string;
  legend: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  hint?: string;
  error?: string | undefined;
  /** A plain warning that does not stop saving, such as "This date has passed". */
  warning?: string | undefined;
}

const PARTS = [
  { key: 'day', label: 'Day', width: 'date-field__box--2' },
  { key: 'month', label: 'Month', width: 'date-field__box--2' },
  { key: 'year', label: 'Year', width: 'date-field__box--4' },
] as const;

/** The GOV.UK date input: day, month and year boxes in one group, so any date can be typed and checked. */
export function DateField({ id, legend, value, onChange, hint, error, warning }: DateFieldProps) {
  const warningId = warning ? `${id}-warning` : undefined;
  return (
    <FieldGroup
      id={id}
      className="date-field"
      legend={legend}
      hint={hint ?? 'For example, 27 3 2026'}
      error={error}
      describedBy={warningId}
    >
      <div className="date-field__boxes">
        {PARTS.map((part, index) => {
          const inputId = index === 0 ? id : `${id}-${part.key}`;
          return (
            <div key={part.key} className="date-field__item">
              <label htmlFor={inputId}>{part.label}</label>
              <input
                id={inputId}
                name={inputId}
                className={part.width}
                inputMode="numeric"
                autoComplete="off"
                value={value[part.key]}
                aria-invalid={error ? true : undefined}
                onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
              />
            </div>
          );
        })}
      </div>
      {warning && (
        <p className="date-field__warning" id={warningId}>
          <strong className="tag tag--warning">Check</strong> {warning}
        </p>
      )}
    </FieldGroup>
  );
}
