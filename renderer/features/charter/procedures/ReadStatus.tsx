import { hasRead, membersNotRead } from '../../../../shared/charter/versions';
import type { ProcedureVersion } from '../../../../shared/domain/charter';
import { isActiveLeader } from '../../../../shared/domain/roles';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';

import { markRead } from './procedureCommands';
import { useLiveRows } from '../../../app/data/useLiveRows';
import { useMembers } from '../../../app/data/useMembers';
import { showDateTime } from '../../../../shared/dates';
import { useActionMessage } from '../../../ui/useActionMessage';
import { MessageBanner } from '../../../ui/MessageBanner';

/**
 * Agreement with the version in force: the person working records that they have read it, and the team leader
 * sees which active members have not (a read of an earlier version does not count).
 */
export function ReadStatus({ version }: { version: ProcedureVersion }) {
  const person = usePerson();
  const writer = useWriter();
  const reads = useLiveRows('procedureReads', { where: { index: 'versionId', equals: version.id } });
  const members = useMembers();
  const { message, run } = useActionMessage();
  if (!reads || !members || !person) return null;
  const mine = reads.find((read) => read.memberId === person.id);
  const notRead = membersNotRead(members, reads, version.id);
  const leader = isActiveLeader(person);

  return (
    <section aria-labelledby="read-heading" className="read-status">
      <h2 id="read-heading">Who has read version {version.number}</h2>
      <MessageBanner message={message} />
      {hasRead(reads, version.id, person.id) && mine ? (
        <p role="status">
          <span className="tag tag--success">Read</span> You recorded reading version {version.number} on{' '}
          {showDateTime(mine.readAt)}.
        </p>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() =>
              void run(
                () => markRead(writer, version.id, person.id),
                undefined,
                'This could not be saved. Please try again.',
              )
            }
          >
            I have read version {version.number}
          </button>
        </div>
      )}
      {leader ? (
        notRead.length === 0 ? (
          <p>Everyone active in the team has read this version.</p>
        ) : (
          <>
            <p id="not-read-label">
              {notRead.length === 1 ? '1 member has' : `${notRead.length} members have`} not read this version
              yet:
            </p>
            <ul aria-labelledby="not-read-label" className="not-read-list">
              {notRead.map((member) => (
                <li key={member.id}>{member.name}</li>
              ))}
            </ul>
          </>
        )
      ) : (
        <p className="muted">
          {reads.length} {reads.length === 1 ? 'person has' : 'people have'} recorded reading this version.
        </p>
      )}
    </section>
  );
}
