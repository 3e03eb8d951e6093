import { useState, type FormEvent } from 'react';
import { settleDecision, type DecisionChoice } from '../../db/decisions';
import { WriteError } from '../../db/writer';
import { useTeam } from '../../app/team/useTeam';
import { Banner } from '../../ui/Banner';
import { TextField } from '../../ui/forms/TextField';
import { describeTime, describeValue, valueFromText } from './describe';
import { ClashCard } from './ClashCard';
import { useClashItems } from './useClashItems';
import { useDecisionItems, type DecisionItem } from './useDecisionItems';

function DecisionCard({ item }: { item: DecisionItem }) {
  const { writer } = useTeam();
  const [writing, setWriting] = useState(false);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = `decision-${item.id.replace(/[^A-Za-z0-9]/g, '-')}`;

  const settle = async (choice: DecisionChoice) => {
    if (!writer) return;
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
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Kept for now</dt>
          <dd>
            {describeValue(item.keptValue)}
            <span className="decision__who">
              written by {item.keptBy}, {describeTime(item.keptAt)}
            </span>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>The other value</dt>
          <dd>
            {describeValue(item.otherValue)}
            <span className="decision__who">
              written by {item.otherBy}, {describeTime(item.otherAt)}
            </span>
          </dd>
        </div>
      </dl>
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
  const { db } = useTeam();
  const items = useDecisionItems(db);
  const clashes = useClashItems(db);
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
