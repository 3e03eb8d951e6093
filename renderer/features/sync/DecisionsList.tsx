import { useState, type FormEvent } from 'react';
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

function DecisionCard({ item }: { item: DecisionItem }) {
  const writer = useWriter();
  const [writing, setWriting] = useState(false);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = `decision-${item.id.replace(/[^A-Za-z0-9]/g, '-')}`;

  const settle = async (choice: DecisionChoice) => {
    setProblem(null);
    try {
      await settleDecision(writer, item.id, choice);
    } catch (error) {
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
      <h3>{item.title}</h3>
      <SummaryList>
        <SummaryRow term="Kept for now">
          {describeValue(item.keptValue)}
          <span className="decision__who">
            written by {item.keptBy}, {showDateTime(item.keptAt)}
          </span>
        </SummaryRow>
        <SummaryRow term="The other value">
          {describeValue(item.otherValue)}
          <span className="decision__who">
            written by {item.otherBy}, {showDateTime(item.otherAt)}
          </span>
        </SummaryRow>
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
  if (items === undefined || clashes === undefined) return <p>Loading…</p>;
  if (items.length === 0 && clashes.length === 0) return <p>Nothing needs a decision.</p>;
  return (
    <ul className="decision-list" aria-label="Needs a decision">
      {clashes.map((item) => (
        <ClashCard key={item.id} item={item} />
      ))}
      {items.map((item) => (
        <DecisionCard key={item.id} item={item} />
      ))}
    </ul>
  );
}
