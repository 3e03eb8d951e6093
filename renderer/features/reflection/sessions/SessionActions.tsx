import type { Member } from '../../../../shared/domain/directory';
import type { Action } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { markActionDone, reopenAction } from './sessionCommands';
import { nameOf } from '../reflectionWords';
import { showDate } from '../../../../shared/dates';

const STATUS_WORDS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;
const STATUS_TAGS = { open: 'tag', done: 'tag tag--success', dropped: 'tag tag--warning' } as const;

interface SessionActionsProps {
  actions: readonly Action[];
  names: ReadonlyMap<string, Member> | undefined;
}

/** Mark done an open action, or open again one that is done or dropped. */
function StatusButton({ action }: { action: Action }) {
  const writer = useWriter();
  const open = action.status === 'open';
  const words = open ? 'Mark done' : 'Open again';
  return (
    <button
      type="button"
      className={open ? 'button button--secondary' : 'button button--quiet'}
      aria-label={`${words}: ${action.text}`}
      onClick={() => void (open ? markActionDone : reopenAction)(writer, action.id)}
    >
      {words}
    </button>
  );
}

/** The actions agreed in this session, with who owns each and when it is due. */
export function SessionActions({ actions, names }: SessionActionsProps) {
  if (actions.length === 0) return <p>No actions agreed yet.</p>;
  return (
    <ul className="action-list">
      {actions.map((action) => (
        <li key={action.id} className="action-list__item">
          <p className="action-list__text">
            {action.text} <span className={STATUS_TAGS[action.status]}>{STATUS_WORDS[action.status]}</span>
          </p>
          <p className="action-list__meta">
            {action.ownerId ? `Owner: ${nameOf(names, action.ownerId)}` : 'No owner yet'}
            {action.dueDate && ` · Due ${showDate(action.dueDate)}`}
            {action.status === 'dropped' && action.dropReason && ` · Why: ${action.dropReason}`}
          </p>
          <div className="button-row no-print">
            <StatusButton action={action} />
          </div>
        </li>
      ))}
    </ul>
  );
}
