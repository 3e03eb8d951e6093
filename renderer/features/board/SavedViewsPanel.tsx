import { useState } from 'react';
import type { BoardFilters } from '../../../shared/board/filters';
import type { SavedView } from '../../../shared/domain/board';
import { useWriter } from '../../app/team/useWriter';
import { WriteError } from '../../db/writer';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { TextField } from '../../ui/forms/TextField';
import type { FieldErrors } from '../../ui/forms/fieldErrors';
import { deleteView, saveView } from './boardCommands';

interface SavedViewsPanelProps {
  views: readonly SavedView[];
  filters: BoardFilters;
  onApply: (view: SavedView) => void;
}

/** The person's named views of the board: save the current filters, apply one in a click, delete one. */
export function SavedViewsPanel({ views, filters, onApply }: SavedViewsPanelProps) {
  const writer = useWriter();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);

  const save = async () => {
    setAttempt((n) => n + 1);
    try {
      await saveView(writer, name, filters);
      setErrors({});
      setDone(`Saved the view “${name.trim()}”.`);
      setName('');
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      setDone(null);
      setErrors({ 'view-name': error.problems[0]?.message ?? error.message });
    }
  };

  return (
    <section className="saved-views" aria-labelledby="saved-views-heading">
      <h2 id="saved-views-heading" className="saved-views__title">
        My saved views
      </h2>
      {done && (
        <Banner tone="success" live>
          {done}
        </Banner>
      )}
      {views.length === 0 ? (
        <p className="saved-views__none">
          None yet. Choose filters, then save them here to use again in one click.
        </p>
      ) : (
        <ul className="saved-views__list">
          {views.map((view) => (
            <li key={view.id}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onApply(view)}
              >
                Show: {view.name}
              </button>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => {
                  void deleteView(writer, view.id).then(() => setDone(`Deleted the view “${view.name}”.`));
                }}
              >
                Delete<span className="visually-hidden"> the view {view.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        className="saved-views__form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ErrorSummary errors={errors} attempt={attempt} />
        <TextField
          id="view-name"
          label="Name for these filters"
          value={name}
          onChange={setName}
          error={errors['view-name']}
        />
        <button type="submit" className="button button--secondary">
          Save as a view
        </button>
      </form>
    </section>
  );
}
