import { useCallback, useRef, useState } from 'react';
import { PROFESSION_LABELS } from '../../../shared/domain/directory';
import { TRAINING_TYPE_LABELS, type RequiredTraining } from '../../../shared/domain/training';
import { useWriter } from '../../app/team/useWriter';
import { Banner } from '../../ui/Banner';
import { useActionMessage, type ActionMessage } from '../../ui/useActionMessage';
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
  const [editingId, setEditingId] = useState<string | null>(null);
  const { message, run } = useActionMessage();
  const [saved, setSaved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves into the form once, when it opens, not on every later render.
  const focusOnOpen = useCallback((element: HTMLHeadingElement | null) => element?.focus(), []);

  const banner: ActionMessage | null = saved ? { tone: 'success', text: saved } : message;

  const finish = (text: string | null) => {
    setEditingId(null);
    setSaved(text);
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="requirements-heading">
      <h2 id="requirements-heading" tabIndex={-1} ref={heading}>
        What must be renewed
      </h2>
      {banner && (
        <Banner tone={banner.tone} live>
          <p>{banner.text}</p>
        </Banner>
      )}
      {requirements.length === 0 ? (
        <p>No required training yet. Add what your professions must renew, such as a yearly refresher.</p>
      ) : (
        <ul className="requirement-list">
          {requirements.map((requirement) =>
            requirement.id === editingId ? (
              <li key={requirement.id}>
                <h3 tabIndex={-1} ref={focusOnOpen}>
                  Change {requirement.title}
                </h3>
                <RequirementForm requirement={requirement} onDone={finish} />
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
                    onClick={() => {
                      setSaved(null);
                      setEditingId(requirement.id);
                    }}
                  >
                    Change<span className="visually-hidden"> {requirement.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => {
                      setSaved(null);
                      void run(
                        () => removeRequirement(writer, requirement.id),
                        `Removed ${requirement.title}. It can be brought back from Recently deleted in Settings.`,
                      ).then(() => heading.current?.focus());
                    }}
                  >
                    Remove<span className="visually-hidden"> {requirement.title}</span>
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {editingId === null && (
        <>
          <h3>Add required training</h3>
          <RequirementForm />
        </>
      )}
    </section>
  );
}
