import { useEffect, useRef } from 'react';
import type { FieldErrors } from './fieldErrors';

interface ErrorSummaryProps {
  errors: FieldErrors;
  /** Changes each time the person submits, so focus moves to the summary again after a second failed try. */
  attempt: number;
}

/**
 * The GOV.UK error summary: at the top of a form, takes focus when a submit fails, and links to each field.
 */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));

  useEffect(() => {
    if (attempt > 0 && entries.length > 0) ref.current?.focus();
    // Focus only when a submit happens, not on every keystroke that changes the messages.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus follows the attempt counter alone
  }, [attempt]);

  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {entries.map(([fieldId, message]) => (
          <li key={fieldId}>
            <a
              href={`#${fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldId)?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
