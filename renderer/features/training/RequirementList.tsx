import { useCallback, useRef } from 'react';
import { PROFESSION_LABELS } from '../../../shared/domain/directory';
import { TRAINING_TYPE_LABELS, type RequiredTraining } from '../../../shared/domain/training';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { useEditingPart } from '../../ui/forms/useEditingPart';
import { useActionMessage } from '../../ui/useActionMessage';
import { RequirementForm } from './RequirementForm';
import { removeRequirement } from './trainingCommands';

function whatCounts(requirement: RequiredTraining): string {
  const parts = [
    requirement.matchText && `whose title contains “${requirement.matchText}”`,
    requirement.matchType && `of the type ${TRAINING_TYPE_LABELS[requirement.matchType].toLowerCase()}`,
  ].filter(Boolean);
  return `Counts training ${parts.join(' and ')}.`;
}

/**
 * The training professions must renew, each with the means to change or remove it, and the form to add more.
 * One form shows at a time, so its fields keep one set of names.
 */
export function RequirementList({ requirements }: { requirements: readonly RequiredTraining[] }) {
  const writer = useWriter();
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
                  onDone={(text) => (text === null ? close() : done(text))}
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
          <RequirementForm />
        </>
      )}
    </section>
  );
}
