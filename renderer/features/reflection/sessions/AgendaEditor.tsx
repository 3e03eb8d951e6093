import { useState } from 'react';
import type { SessionNote } from '../../../../shared/domain/reflection';
import { useWriter } from '../../../app/team/useWriter';
import { WriteError } from '../../../db/writer';
import { NoteField } from './NoteField';
import { OneLineForm } from './OneLineForm';
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from './sessionCommands';
import { Banner } from '../../../ui/Banner';

interface AgendaEditorProps {
  sessionId: string;
  items: readonly SessionNote[];
}

function parseMinutes(value: string): number | null | 'bad' {
  if (value.trim() === '') return null;
  const minutes = Number(value);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= 240 ? minutes : 'bad';
}

/** The agenda copied from the template: each prompt can be reworded, timed, moved or removed; notes sit beneath. */
export function AgendaEditor({ sessionId, items }: AgendaEditorProps) {
  const writer = useWriter();

  const move = async (index: number, step: -1 | 1) => {
    const item = items[index];
    const other = items[index + step];
    if (!item || !other) return;
    await updateAgendaItem(writer, item.id, { position: other.position });
    await updateAgendaItem(writer, other.id, { position: item.position });
  };

  return (
    <section aria-labelledby="agenda-heading" className="reflection-block">
      <h2 id="agenda-heading">Agenda and notes</h2>
      {items.length === 0 && <p>The agenda is empty. Add a prompt below.</p>}
      <ol className="agenda-list">
        {items.map((item, index) => (
          <li key={item.id} className="agenda-item">
            <AgendaItemHeader item={item} />
            {item.guidance && <p className="field__hint">{item.guidance}</p>}
            <NoteField item={item} label={`Notes: ${item.prompt}`} />
            <div className="button-row no-print">
              <button
                type="button"
                className="button button--quiet"
                disabled={index === 0}
                aria-label={`Move up: ${item.prompt}`}
                onClick={() => void move(index, -1)}
              >
                Move up
              </button>
              <button
                type="button"
                className="button button--quiet"
                disabled={index === items.length - 1}
                aria-label={`Move down: ${item.prompt}`}
                onClick={() => void move(index, 1)}
              >
                Move down
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Remove from the agenda: ${item.prompt}`}
                onClick={() => void removeAgendaItem(writer, item.id)}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <OneLineForm
        id="new-agenda-prompt"
        label="Add a prompt to the agenda"
        submitLabel="Add prompt"
        emptyMessage="Enter the prompt before adding it."
        failedMessage="The prompt could not be added."
        onSave={(prompt) =>
          addAgendaItem(writer, sessionId, (items.at(-1)?.position ?? 0) + 1, {
            text: prompt,
            guidance: '',
            minutes: null,
          })
        }
      />
    </section>
  );
}

/** The prompt's wording and time box, saved when the field is left. */
function AgendaItemHeader({ item }: { item: SessionNote }) {
  const writer = useWriter();
  const [prompt, setPrompt] = useState(item.prompt);
  const [minutes, setMinutes] = useState(item.minutes === null ? '' : String(item.minutes));
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const parsed = parseMinutes(minutes);
    if (parsed === 'bad') {
      setError('Enter the minutes as a whole number from 1 to 240, or leave it empty.');
      return;
    }
    if (prompt.trim() === '') {
      setError('The prompt must not be empty.');
      return;
    }
    try {
      await updateAgendaItem(writer, item.id, { prompt: prompt.trim(), minutes: parsed });
      setError(null);
    } catch (caught) {
      setError(caught instanceof WriteError ? caught.message : 'The prompt could not be saved.');
    }
  };

  return (
    <div className="agenda-item__header">
      <h3 className="agenda-item__prompt">{item.prompt}</h3>
      <div className="agenda-item__fields no-print">
        <div className="field">
          <label htmlFor={`prompt-${item.id}`}>Prompt wording</label>
          <input
            id={`prompt-${item.id}`}
            value={prompt}
            onChange={(event) => setPrompt(event.target.value)}
            onBlur={() => void save()}
          />
        </div>
        <div className="field agenda-item__minutes">
          <label htmlFor={`minutes-${item.id}`}>Minutes (optional)</label>
          <input
            id={`minutes-${item.id}`}
            inputMode="numeric"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            onBlur={() => void save()}
          />
        </div>
      </div>
      {error && (
        <Banner tone="error" live>
          {error}
        </Banner>
      )}
    </div>
  );
}
