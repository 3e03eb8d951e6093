import { Banner } from '../../ui/Banner';
import { useRecordClashes } from './useRecordClashes';

interface RecordClashesProps {
  table: string;
  recordId: string;
  /** Where the person changes the record to settle it (omit on the form itself). */
  fixHref?: string;
}

/**
 * On a record's own page: details that no longer fit together after two PCs' changes met (a secondment that ends
 * before it starts), and how to settle them. Shows nothing when the record has none.
 */
export function RecordClashes({ table, recordId, fixHref }: RecordClashesProps) {
  const clashes = useRecordClashes(table, recordId);
  if (!clashes || clashes.length === 0) return null;
  return (
    <Banner tone="warning" title="Needs a decision">
      {clashes.map((clash) => (
        <p key={clash}>{clash}.</p>
      ))}
      <p>
        Check which is right and change the details: saving values that fit together settles it.
        {fixHref && (
          <>
            {' '}
            <a href={fixHref}>Change the details</a>
          </>
        )}
      </p>
    </Banner>
  );
}
