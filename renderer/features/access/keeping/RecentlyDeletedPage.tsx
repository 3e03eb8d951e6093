import { useState } from 'react';
import { showDate } from '../../../../shared/dates';
import { can } from '../../../../shared/domain/roles';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import type { DeletedItem } from '../../../db/recentlyDeleted';
import { restoreDeleted } from '../../../db/recentlyDeleted';
import { PageHeader } from '../../../ui/PageHeader';
import { purgeDeletedItem } from '../accessCommands';
import { BackToSettings } from '../BackToSettings';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useActionMessage } from '../../../ui/useActionMessage';
import { useMembers } from '../../../app/data/useMembers';
import { useRecentlyDeleted } from './useRecentlyDeleted';
import '../access.css';
import { MessageBanner } from '../../../ui/MessageBanner';
import { DataTable } from '../../../ui/DataTable';
import { RowButton } from '../../../ui/RowButton';

/** Deleted records, which anyone can bring back and a team leader can remove for good. */
export function RecentlyDeletedPage() {
  const person = usePerson();
  const writer = useWriter();
  const items = useRecentlyDeleted();
  const members = useMembers();
  const { message, run } = useActionMessage();
  const [purging, setPurging] = useState<DeletedItem | null>(null);
  const mayPurge = can(person, 'purge');
  const nameOf = (id: string) => members?.find((member) => member.id === id)?.name ?? 'Someone';

  return (
    <>
      <PageHeader title="Recently deleted" />
      <BackToSettings />
      <p>
        Anything deleted stays here until a team leader removes it for good, so it can be brought back if it
        was deleted by mistake.
      </p>
      <MessageBanner message={message} />
      {items === undefined ? (
        <p role="status">Loading…</p>
      ) : items.length === 0 ? (
        <p>Nothing has been deleted.</p>
      ) : (
        <DataTable
          caption="Deleted records"
          captionHidden
          columns={['What', 'Kind', 'Deleted', { label: 'Actions', hidden: true }]}
        >
          {items.map((item) => (
            <tr key={`${item.table}/${item.id}`}>
              <th scope="row">{item.title}</th>
              <td>{item.kind}</td>
              <td>
                by {nameOf(item.deletedBy)} on {showDate(item.deletedAt)}
                {item.reason && <span className="deleted-reason">Reason: {item.reason}</span>}
              </td>
              <td>
                <div className="button-row">
                  <RowButton
                    row={item.title}
                    onPress={() =>
                      void run(() => restoreDeleted(writer, item), `“${item.title}” was brought back.`)
                    }
                  >
                    Bring back
                  </RowButton>
                  {mayPurge && (
                    <RowButton tone="warning" row={item.title} onPress={() => setPurging(item)}>
                      Remove for good
                    </RowButton>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ConfirmDialog
        isOpen={purging !== null}
        title={`Remove “${purging?.title ?? ''}” for good?`}
        confirmLabel="Remove for good"
        onCancel={() => setPurging(null)}
        onConfirm={() => {
          const item = purging;
          setPurging(null);
          if (item) void run(() => purgeDeletedItem(writer, item), `“${item.title}” was removed for good.`);
        }}
      >
        <p>
          Its personal details are cleared on this PC now, and on every other PC once your changes reach it.
          It cannot be brought back. Anything that belongs to it (such as a case’s notes and actions) goes
          with it.
        </p>
        <p>The change history keeps a note that it was removed, and by whom.</p>
      </ConfirmDialog>
    </>
  );
}
