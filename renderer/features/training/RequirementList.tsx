import { useCallback, useEffect, useMemo, useRef } from 'react';
import { PROFESSION_LABELS } from '../../../shared/domain/directory';
import {
  TRAINING_TYPE_LABELS,
  type RequiredTraining,
  type TrainingEntry,
} from '../../../shared/domain/training';
import { countsByOldWords } from '../../../shared/training/required';
import { titleChoices } from '../../../shared/training/titleChoices';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { useEditingPart } from '../../ui/forms/useEditingPart';
import { useActionMessage } from '../../ui/useActionMessage';
import { RequirementForm, oldWordsCounted } from './RequirementForm';
import { removeRequirement } from './trainingCommands';

function whatCounts(requirement: RequiredTraining): string {
  if (countsByOldWords(requirement))
    return `Counts any ${oldWordsCounted(requirement)}, as set before training was chosen from a list: change it to choose the training that counts.`;
  const counted = [
    ...requirement.acceptsTitles.map((title) => `“${title}”`),
    ...requirement.acceptsTypes.map((type) => `any ${TRAINING_TYPE_LABELS[type].toLowerCase()}`),
  ];
  const last = counted.pop() ?? 'nothing';
  return `Counts ${counted.length > 0 ? `${counted.join(', ')} or ${last}` : last}.`;
}

/**
 * The training professions must renew, each with the means to change or remove it, and the form to add more.
 * One form shows at a time, so its fields keep one set of names.
 */
export function RequirementList({
  requirements,
  entries,
}: {
  requirements: readonly RequiredTraining[];
  entries: readonly TrainingEntry[];
}) {
  const writer = useWriter();
  const choices = useMemo(() => titleChoices(entries), [entries]);
  // A requirement just added: its Change button takes focus as soon as the list shows it.
  const added = useRef<string | null>(null);
  const focusAdded = useCallback(() => {
    const button = added.current && document.getElementById(`requirement-${added.current}`);
    if (!button) return;
    button.focus();
    added.current = null;
  }, []);
  useEffect(focusAdded, [focusAdded, requirements]);
  const { editing, saved, open, close, done } = useEditingPart<string>('requirement');
  const { message, run } = useActionMessage();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves into the form once, when it opens, not on every later render.
  const focusOnOpen = useCallback((element: HTMLHeadingElement | null) => element?.focus(), []);

  return (
    <section aria-labelledby="requirements-heading">
      <h2 id="requirements-heading" tabIndex={-1} ref={heading}>
        What must be renewed
      </h2>
      {message?.tone === 'error' && (
        <Banner tone="error" live>
          <p>{message.text}</p>
        </Banner>
      )}
      {saved && (
        <Banner tone="success" live>
          <p>{saved}</p>
        </Banner>
      )}
      {requirements.length === 0 ? (
        <p>No required training yet. Add what your professions must renew, such as a yearly refresher.</p>
      ) : (
        <ul className="requirement-list">
          {requirements.map((requirement) =>
            requirement.id === editing ? (
              <li key={requirement.id}>
                <h3 tabIndex={-1} ref={focusOnOpen}>
                  Change {requirement.title}
                </h3>
                <RequirementForm
                  requirement={requirement}
                  choices={choices}
                  entries={entries}
                  onDone={(saved) => (saved === null ? close() : done(saved.message))}
                />
              </li>
            ) : (
              <li key={requirement.id}>
                <strong>{requirement.title}</strong>: every {requirement.renewEveryMonths} months for{' '}
                {requirement.appliesToProfessions
                  .map((profession) => PROFESSION_LABELS[profession])
                  .join(', ')}
                . {whatCounts(requirement)}
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--quiet"
                    id={`requirement-${requirement.id}`}
                    onClick={() => open(requirement.id)}
                  >
                    Change<span className="visually-hidden"> {requirement.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() =>
                      void run(() => removeRequirement(writer, requirement.id)).then((removed) => {
                        if (removed)
                          done(
                            `Removed ${requirement.title}. It can be brought back from Recently deleted in Settings.`,
                          );
                        // The button pressed has gone with its requirement; the heading keeps the place.
                        heading.current?.focus();
                      })
                    }
                  >
                    Remove<span className="visually-hidden"> {requirement.title}</span>
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {editing === null && (
        <>
          <h3>Add required training</h3>
          <RequirementForm
            choices={choices}
            entries={entries}
            onDone={(saved) => {
              if (saved === null) return;
              done(saved.message);
              added.current = saved.id;
              focusAdded();
            }}
          />
        </>
      )}
    </section>
  );
}
