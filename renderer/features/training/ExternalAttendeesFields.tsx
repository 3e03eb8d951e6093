import { TextField } from '../../ui/forms/TextField';
import { FieldError, fieldIds } from '../../ui/forms/Field';

export interface ExternalRow {
  profession: string;
  count: string;
}

interface ExternalAttendeesFieldsProps {
  rows: readonly ExternalRow[];
  onChange: (rows: ExternalRow[]) => void;
  error?: string | undefined;
}

/** People from outside the team, counted by profession ("3 GPs"), with rows added and removed by button. */
export function ExternalAttendeesFields({ rows, onChange, error }: ExternalAttendeesFieldsProps) {
  const set = (index: number, patch: Partial<ExternalRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const { errorId } = fieldIds('externalAttendees', { error });
  return (
    <fieldset aria-describedby={errorId}>
      <legend>People from outside the team</legend>
      <p className="field__hint">
        For example, 3 GPs and 2 housing officers. Leave empty if there were none.
      </p>
      {error && (
        <p>
          <FieldError id={errorId} message={error} />
        </p>
      )}
      {rows.map((row, index) => (
        <div className="external-row" key={index}>
          <TextField
            id={index === 0 ? 'externalAttendees' : `externalAttendees-${index}`}
            label={`Profession ${index + 1}`}
            value={row.profession}
            onChange={(profession) => set(index, { profession })}
          />
          <TextField
            id={`externalAttendees-count-${index}`}
            label={`How many (profession ${index + 1})`}
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            value={row.count}
            onChange={(count) => set(index, { count })}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            Remove profession {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary"
        id={rows.length === 0 ? 'externalAttendees' : undefined}
        onClick={() => onChange([...rows, { profession: '', count: '' }])}
      >
        Add a profession
      </button>
    </fieldset>
  );
}
