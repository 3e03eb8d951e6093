import { useState } from 'react';
import type { BoardFilters } from '../../../shared/board/filters';
import type { SavedView } from '../../../shared/domain/board';
import { useWriter } from '../../app/team/useWriter';
import { SavedBanner } from '../../ui/SavedBanner';
import { PageForm } from '../../ui/forms/PageForm';
import { TextField } from '../../ui/forms/TextField';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { useFormField } from '../../ui/forms/useFormField';
import { deleteView, saveView } from './boardCommands';

interface SavedViewsPanelProps {
  views: readonly SavedView[];
  filters: BoardFilters;
  onApply: (view: SavedView) => void;
}

/** The person's named views of the board: save the current filters, apply one in a click, delete one. */
export function SavedViewsPanel({ views, filters, onApply }: SavedViewsPanelProps) {
  const writer = useWriter();
  const form = useSaveForm('view-');
  const name = useFormField(form, 'name', '');
  const [done, setDone] = useState<string | null>(null);

  const save = async () => {
    const saved = await form.run(
      () => ({}),
      () => saveView(writer, name.value, filters),
    );
    setDone(saved ? `Saved the view “${name.value.trim()}”.` : null);
    if (saved) name.onChange('');
  };

  return (
    <section className="saved-views" aria-labelledby="saved-views-heading">
      <h2 id="saved-views-heading" className="saved-views__title">
        My saved views
      </h2>
      <SavedBanner text={done} />
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
      <PageForm
        title="Save these filters as a view"
        className="saved-views__form"
        form={form}
        submitLabel="Save as a view"
        submitTone="secondary"
        onSubmit={() => void save()}
      >
        <TextField {...name} label="Name for these filters" />
      </PageForm>
    </section>
  );
}
