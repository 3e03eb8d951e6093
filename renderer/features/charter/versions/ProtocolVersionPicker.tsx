import { Field } from '../../../ui/forms/Field';
import { useProtocolVersions } from './useProtocolVersions';

interface ProtocolVersionPickerProps {
  value: string | null;
  onChange: (versionId: string | null) => void;
  /** The select's DOM id, for the label and an error summary. */
  id?: string;
  error?: string | undefined;
}

/**
 * Chooses the version of the team's protocol that a case's information sharing relies on. Only published
 * versions are offered; the one in force comes first under each procedure.
 */
export function ProtocolVersionPicker({
  value,
  onChange,
  id = 'protocol-version',
  error,
}: ProtocolVersionPickerProps) {
  const choices = useProtocolVersions();
  return (
    <Field
      id={id}
      label="Protocol the sharing relies on"
      hint={
        choices && choices.length === 0
          ? 'The team has no published procedure yet: publish one under Charter, Procedures.'
          : 'Choose the version of the team’s protocol this case follows.'
      }
      error={error}
    >
      {(control) => (
        <select
          {...control}
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">Not chosen</option>
          {(choices ?? []).map(({ procedure, versions }) => (
            <optgroup key={procedure.id} label={procedure.title}>
              {versions.map(({ version, status }) => (
                <option key={version.id} value={version.id}>
                  {procedure.title}, version {version.number}
                  {status === 'in-force' ? ' (in force)' : ' (replaced)'}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
