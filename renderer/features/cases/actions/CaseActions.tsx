import type { Action } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { ActionForm } from './ActionForm';
import { CaseRowButtons } from '../page/CaseRowButtons';
import { CaseSection } from '../page/CaseSection';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { actionOwner, personName } from '../caseWords';
import { setActionStatus } from '../caseRowCommands';
import { CaseRowList } from '../page/CaseRowList';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { hasPassed, showDate, showDateTime } from '../../../../shared/dates';
import { useActionMessage } from '../../../ui/useActionMessage';
import { MessageBanner } from '../../../ui/MessageBanner';
import { OpenFormButton } from '../../../ui/forms/OpenFormButton';

const STATUS_WORDS: Record<Action['status'], string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** An open action whose due date has passed: marked in words and by its item's border. */
function isOverdue(action: Action, today: string): boolean {
  return action.status === 'open' && hasPassed(action.dueDate, today);
}

export function CaseActions(props: CaseSectionProps) {
  const { rows, members, today, onDeleted } = props;
  const writer = useWriter();
  const { editing, saved, open, close, done } = useEditingPart<string>('action');
  const { message, run } = useActionMessage();
  const aimText = (id: string | null) => rows.aims.find((aim) => aim.id === id)?.text ?? 'No aim linked';

  const setStatus = (action: Action, status: Action['status']) =>
    run(() => setActionStatus(writer, action.id, status), undefined, 'This could not be saved. Try again.');

  return (
    <CaseSection id="actions" title="Actions" saved={saved}>
      <MessageBanner message={message} />
      <CaseRowList
        section={props}
        table="actions"
        empty="No actions yet."
        itemClass={(action) => (isOverdue(action, today) ? 'case-list__item--overdue' : undefined)}
      >
        {(action, index) => {
          const overdue = isOverdue(action, today);
          return (
            <>
              <p className="case-text case-list__title">
                {overdue && <strong className="tag tag--error case-tag-gap">Overdue</strong>}
                {action.status === 'done' && <strong className="tag tag--success case-tag-gap">Done</strong>}
                {action.text}
              </p>
              <dl className="case-facts">
                <div>
                  <dt>Owner</dt>
                  <dd>{actionOwner(members, action)}</dd>
                </div>
                <div>
                  <dt>Due</dt>
                  <dd>{showDate(action.dueDate, 'No date set')}</dd>
                </div>
                <div>
                  <dt>Status</dt>
                  <dd>
                    {action.status === 'done' && action.doneAt
                      ? `Done by ${personName(members, action.doneBy, 'someone')} on ${showDateTime(action.doneAt)}`
                      : STATUS_WORDS[action.status]}
                  </dd>
                </div>
                <div>
                  <dt>Serves the aim</dt>
                  <dd>{aimText(action.aimId)}</dd>
                </div>
              </dl>
              {editing === action.id ? (
                <ActionForm {...props} action={action} onCancel={close} onSaved={done} />
              ) : (
                <CaseRowButtons
                  table="actions"
                  row={action}
                  index={index}
                  kind="action"
                  name={action.text}
                  onChange={() => open(action.id)}
                  onDeleted={onDeleted}
                >
                  {action.status === 'open' ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`Mark done: ${action.text}`}
                      onClick={() => void setStatus(action, 'done')}
                    >
                      Mark done
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`Reopen: ${action.text}`}
                      onClick={() => void setStatus(action, 'open')}
                    >
                      Reopen
                    </button>
                  )}
                </CaseRowButtons>
              )}
            </>
          );
        }}
      </CaseRowList>
      {editing === 'add' ? (
        <ActionForm {...props} action={null} onCancel={close} onSaved={done} />
      ) : (
        <OpenFormButton id="action-add" onOpen={() => open('add')}>
          Add an action
        </OpenFormButton>
      )}
    </CaseSection>
  );
}
