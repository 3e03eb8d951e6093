import { useEffect, useRef, useState } from 'react';
import type { BoardColumn } from '../../../shared/domain/team';
import { can } from '../../../shared/domain/roles';
import { hrefFor } from '../../app/router/hashRoute';
import { usePerson } from '../../app/team/usePerson';
import { useWriter } from '../../app/team/useWriter';
import { WriteError, type WriteContext } from '../../db/writer';
import { Banner } from '../../ui/Banner';
import { SavedBanner } from '../../ui/SavedBanner';
import { PageHeader } from '../../ui/PageHeader';
import { FormMessages } from '../../ui/forms/FormMessages';
import { TextField } from '../../ui/forms/TextField';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { addStage, bringBackStage, moveStage, renameStage, retireStage } from './boardCommands';
import { useStages } from '../../app/data/useStages';
import './board.css';
import './manageStages.css';

/** Leaders rename, reorder, add, retire and bring back the board's stages. */
export function ManageStagesPage() {
  const person = usePerson();
  const writer = useWriter();
  const columns = useStages();
  const allowed = can(person, 'manage-columns');
  return (
    <>
      <PageHeader title="Manage stages">
        <a className="button button--secondary" href={hrefFor('board')}>
          Back to the board
        </a>
      </PageHeader>
      {columns === undefined ? (
        <p role="status">Loading the stages…</p>
      ) : allowed ? (
        <StagesEditor columns={columns} writer={writer} />
      ) : (
        <>
          <Banner title="Only team leaders can change the stages">
            <p>Ask a team leader if a stage needs renaming, moving, adding or retiring.</p>
          </Banner>
          <ol className="stage-list">
            {columns
              .filter((column) => !column.retired)
              .map((column) => (
                <li key={column.id}>{column.title}</li>
              ))}
          </ol>
        </>
      )}
    </>
  );
}

function StagesEditor({ columns, writer }: { columns: readonly BoardColumn[]; writer: WriteContext }) {
  const active = columns.filter((column) => !column.retired);
  const retired = columns.filter((column) => column.retired);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [newTitle, setNewTitle] = useState('');
  // Each stage is a small form of its own, with its own Save; one useSaveForm over them all gives one error summary
  // at the top of the page (FormMessages) rather than a FormFrame, with its own summary and buttons, per stage.
  const form = useSaveForm('');
  const { errors } = form;
  const [done, setDone] = useState<string | null>(null);
  // After a stage moves, its button moves in the page too; focus follows it once the new order is shown.
  const refocus = useRef<string | null>(null);
  const setRefocus = (id: string) => {
    refocus.current = id;
  };
  useEffect(() => {
    if (refocus.current === null) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [columns]);

  /** Runs a change to the stages; a refusal is said beside the name of the stage it concerns (`field`). */
  const run = async (field: string, action: () => Promise<string>) => {
    let message: string | null = null;
    const saved = await form.run(
      () => ({}),
      async () => {
        try {
          message = await action();
        } catch (error) {
          if (!(error instanceof WriteError)) throw error;
          throw new WriteError(error.message, [
            { field, message: error.problems[0]?.message ?? error.message },
          ]);
        }
      },
    );
    setDone(saved ? message : null);
  };

  return (
    <>
      <FormMessages form={form} />
      <SavedBanner text={done} />
      <h2>Stages in use</h2>
      <p className="field__hint">The board shows these stages from left to right in this order.</p>
      <ol className="stage-list">
        {active.map((column, index) => {
          const fieldId = `stage-title-${column.id}`;
          const draft = drafts[column.id] ?? column.title;
          return (
            <li key={column.id} className="stage-list__item">
              <form
                noValidate
                className="stage-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void run(fieldId, async () => {
                    await renameStage(writer, column.id, draft);
                    setDrafts(({ [column.id]: _, ...rest }) => rest);
                    return `Renamed “${column.title}” to “${draft.trim()}”.`;
                  });
                }}
              >
                <TextField
                  id={fieldId}
                  label={`Name of stage ${index + 1}`}
                  value={draft}
                  onChange={(value) => setDrafts((all) => ({ ...all, [column.id]: value }))}
                  error={errors[fieldId]}
                />
                <div className="button-row">
                  <button type="submit" className="button button--secondary button--small">
                    Save name<span className="visually-hidden"> of {column.title}</span>
                  </button>
                  <button
                    type="button"
                    id={`stage-up-${column.id}`}
                    className="button button--secondary button--small"
                    disabled={index === 0}
                    onClick={() =>
                      void run(fieldId, async () => {
                        await moveStage(writer, column.id, 'up');
                        setRefocus(index - 1 === 0 ? `stage-down-${column.id}` : `stage-up-${column.id}`);
                        return `Moved “${column.title}” one place earlier.`;
                      })
                    }
                  >
                    Move up<span className="visually-hidden"> {column.title}</span>
                  </button>
                  <button
                    type="button"
                    id={`stage-down-${column.id}`}
                    className="button button--secondary button--small"
                    disabled={index === active.length - 1}
                    onClick={() =>
                      void run(fieldId, async () => {
                        await moveStage(writer, column.id, 'down');
                        setRefocus(
                          index + 1 === active.length - 1
                            ? `stage-up-${column.id}`
                            : `stage-down-${column.id}`,
                        );
                        return `Moved “${column.title}” one place later.`;
                      })
                    }
                  >
                    Move down<span className="visually-hidden"> {column.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() =>
                      void run(fieldId, async () => {
                        await retireStage(writer, column.id);
                        return `Retired “${column.title}”. Its cases show under “Retired stages” on the board until they are moved.`;
                      })
                    }
                  >
                    Retire<span className="visually-hidden"> {column.title}</span>
                  </button>
                </div>
              </form>
            </li>
          );
        })}
      </ol>
      <h2>Add a stage</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run('new-stage-title', async () => {
            await addStage(writer, newTitle);
            const title = newTitle.trim();
            setNewTitle('');
            return `Added “${title}” at the end of the board.`;
          });
        }}
      >
        <TextField
          id="new-stage-title"
          label="Name of the new stage"
          hint="It is added after the last stage; move it up to where it belongs."
          value={newTitle}
          onChange={setNewTitle}
          error={errors['new-stage-title']}
        />
        <button type="submit" className="button">
          Add stage
        </button>
      </form>
      {retired.length > 0 && (
        <>
          <h2>Retired stages</h2>
          <p className="field__hint">
            Retired stages are off the board. Any cases still in them show under “Retired stages” on the
            board.
          </p>
          <ul className="stage-list">
            {retired.map((column) => (
              <li key={column.id} className="stage-list__item stage-list__item--retired">
                <span>{column.title}</span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() =>
                    void run(`stage-title-${column.id}`, async () => {
                      await bringBackStage(writer, column.id);
                      return `Brought back “${column.title}” at the end of the board.`;
                    })
                  }
                >
                  Bring back<span className="visually-hidden"> {column.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
