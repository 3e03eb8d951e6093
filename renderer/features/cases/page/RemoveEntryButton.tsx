import { useState } from 'react';
import { authorOf, mayRemoveEntry, type AuthoredTable } from '../../../../shared/access/permissions';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { removeCaseEntry } from '../caseRowCommands';

interface RemoveEntryButtonProps {
  table: AuthoredTable;
  entry: { id: string } & Record<string, unknown>;
  /** "chronology entry of 3 March 2026 by Ali Khan": said in the question and on the button for screen readers. */
  what: string;
  /** The words of the entry, quoted (shortened) so the person sees exactly what goes. */
  quote: string;
  onRemoved: () => void;
}

const QUOTE_LENGTH = 160;

/**
 * Removing a chronology entry, a case note or a view of the child or family: offered only to whoever wrote it and
 * to team leaders, and only after saying what goes and asking why.
 */
export function RemoveEntryButton({ table, entry, what, quote, onRemoved }: RemoveEntryButtonProps) {
  const person = usePerson();
  const writer = useWriter();
  const [asking, setAsking] = useState(false);
  if (!mayRemoveEntry(person, authorOf(table, entry))) return null;
  const shortQuote = quote.length > QUOTE_LENGTH ? `${quote.slice(0, QUOTE_LENGTH - 1)}…` : quote;
  return (
    <>
      <button type="button" className="link-button no-print" onClick={() => setAsking(true)}>
        Remove<span className="visually-hidden"> {what}</span>
      </button>
      <ReasonDialog
        isOpen={asking}
        title={`Remove the ${what}?`}
        reasonLabel="Why are you removing it?"
        confirmLabel="Remove it"
        onCancel={() => setAsking(false)}
        onConfirm={async (reason) => {
          await removeCaseEntry(writer, table, entry.id, reason);
          setAsking(false);
          onRemoved();
        }}
      >
        <p>This goes from the case for everyone in the team:</p>
        <blockquote className="case-quote">{shortQuote}</blockquote>
        <p>
          It stays in Recently deleted, with your name and your reason, so it can be brought back if it was
          removed by mistake.
        </p>
      </ReasonDialog>
    </>
  );
}
