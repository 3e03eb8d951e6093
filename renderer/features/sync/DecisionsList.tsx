import { useEffect, useRef, useState, type FormEvent } from 'react';
import { settleDecision, type DecisionChoice } from '../../db/decisions';
import { WriteError } from '../../db/writer';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { TextField } from '../../ui/forms/TextField';
import { showDateTime } from '../../../shared/dates';
import { describeValue, valueFromText } from './describe';
import { ClashCard } from './ClashCard';
import { useClashItems } from './useClashItems';
import { useDecisionItems, type DecisionItem } from './useDecisionItems';
import { SummaryList, SummaryRow } from '../../ui/SummaryList';

/** One of the two values a person chooses between, with who wrote it and when. */
function WrittenValue({ term, value, by, at }: { term: string; value: unknown; by: string; at: number }) {
  return (
    <SummaryRow term={term}>
      {describeValue(value)}
      <span className="decision__who">
        written by {by}, {showDateTime(at)}
      </span>
    </SummaryRow>
  );
}

function DecisionCard({
  item,
  onSettling,
}: {
  item: DecisionItem;
  /** Told before the save (the list may redraw before the save's promise settles) and again if it failed. */
  onSettling: (settling: boolean) => void;
}) {
  const writer = useWriter();
  const [writing, setWriting] = useState(false);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = `decision-${item.id.replace(/[^A-Za-z0-9]/g, '-')}`;

  const settle = async (choice: DecisionChoice) => {
    setProblem(null);
    onSettling(true);
    try {
      await settleDecision(writer, item.id, choice);
    } catch (error) {
      onSettling(false);
      setProblem(
        error instanceof WriteError
          ? [error.message, ...error.problems.map((item) => item.message)].join(' ')
          : 'That could not be saved. Try again.',
      );
    }
  };

  const submitNew = (event: FormEvent) => {
    event.preventDefault();
    void settle({ value: valueFromText(typed, item.keptValue) });
  };

  return (
    <li className="card decision">
      <h3 tabIndex={-1}>{item.title}</h3>
      <SummaryList>
        <WrittenValue term="Kept for now" value={item.keptValue} by={item.keptBy} at={item.keptAt} />
        <WrittenValue term="The other value" value={item.otherValue} by={item.otherBy} at={item.otherAt} />
      </SummaryList>
      {problem && (
        <Banner tone="error" live>
          <p>{problem}</p>
        </Banner>
      )}
      {writing ? (
        <form onSubmit={submitNew} noValidate>
          <TextField id={fieldId} label="New value" value={typed} onChange={setTyped} />
          <div className="button-row">
            <button type="submit" className="button">
              Save the new value
            </button>
            <button type="button" className="button button--secondary" onClick={() => setWriting(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void settle({ keep: 'current' })}>
            Keep this one
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void settle({ keep: 'other' })}
          >
            Use the other
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setTyped(typeof item.keptValue === 'string' ? item.keptValue : '');
              setWriting(true);
            }}
          >
            Write a new value
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * Fields two people changed on different PCs without seeing each other's change (a person picks what stays), and
 * records whose details no longer fit together once such changes met (a person changes them to settle it).
 */
export function DecisionsList() {
  const items = useDecisionItems();
  const clashes = useClashItems();
  const listRef = useRef<HTMLUListElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  // The card being settled and its place: once it has gone, focus goes to the card now there (or the one before
  // it, or the words saying nothing is left), so a keyboard user is not sent back to the top of the page.
  const settling = useRef<{ id: string; at: number } | null>(null);
  useEffect(() => {
    const pending = settling.current;
    if (pending === null || items === undefined || items.some((item) => item.id === pending.id)) return;
    settling.current = null;
    const headings = listRef.current?.querySelectorAll<HTMLElement>('.decision h3') ?? [];
    const next = headings[Math.min(pending.at, headings.length - 1)];
    (next ?? doneRef.current)?.focus();
  }, [items, clashes]);

  if (items === undefined || clashes === undefined) return <p>Loading…</p>;
  if (items.length === 0 && clashes.length === 0)
    return (
      <p ref={doneRef} tabIndex={-1}>
        Nothing needs a decision.
      </p>
    );
  return (
    <ul ref={listRef} className="decision-list" aria-label="Needs a decision">
      {clashes.map((item) => (
        <ClashCard key={item.id} item={item} />
      ))}
      {items.map((item, index) => (
        <DecisionCard
          key={item.id}
          item={item}
          onSettling={(started) => {
            settling.current = started ? { id: item.id, at: clashes.length + index } : null;
          }}
        />
      ))}
    </ul>
  );
}
