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
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>Protocol the sharing relies on</label>
      <span className="field__hint" id={hintId}>
        {choices && choices.length === 0
          ? 'The team has no published procedure yet: publish one under Charter, Procedures.'
          : 'Choose the version of the team’s protocol this case follows.'}
      </span>
      {error && (
        <span className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <select
        id={id}
        name={id}
        value={value ?? ''}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
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
    </div>
  );
}
