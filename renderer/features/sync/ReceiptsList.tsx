import { useEffect, useRef, useState } from 'react';
import { showDate, showDateTime, todayIso } from '../../../shared/dates';
import type { ReceiptRow } from '../../db/teamDb';
import { groupReceipts, type ReceiptGroup } from './receiptGroups';
import { DataTable } from '../../ui/DataTable';

/** Files shown at first, and added by each "Show older files". */
export const RECEIPTS_PAGE = 50;

const count = new Intl.NumberFormat('en-GB');

function dayWords(day: string): string {
  const today = todayIso();
  if (day === today) return 'Today';
  const yesterday = new Date();
  yesterday.setDate(yesterday.getDate() - 1);
  return day === todayIso(yesterday) ? 'Yesterday' : showDate(day);
}

function filesWords(group: ReceiptGroup): string {
  if (group.files === 1) return `1 file, saved ${showDateTime(group.lastCreatedAt)}`;
  return `${count.format(group.files)} files`;
}

interface ReceiptsListProps {
  receipts: readonly ReceiptRow[];
  total: number;
  onShowOlder: () => void;
}

/**
 * Every file this PC brought in, the newest first, a page at a time; files from one PC on one day on one row. The
 * receipts themselves are all kept: they are the record of what came in.
 */
export function ReceiptsList({ receipts, total, onShowOlder }: ReceiptsListProps) {
  const groups = groupReceipts(receipts);
  const summary = useRef<HTMLParagraphElement>(null);
  const [askedOlder, setAskedOlder] = useState(false);
  const allShown = receipts.length >= total;
  // The button goes once the oldest files are shown: focus moves to the sentence that says so, not to the page's top.
  useEffect(() => {
    if (askedOlder && allShown) summary.current?.focus();
  }, [askedOlder, allShown]);
  return (
    <section aria-labelledby="sync-receipts-heading" className="sync-block">
      <h2 id="sync-receipts-heading">Files brought in</h2>
      {total === 0 ? (
        <p>None yet.</p>
      ) : (
        <>
          <p ref={summary} tabIndex={-1}>
            {total === 1
              ? 'This PC has brought in 1 file.'
              : `This PC has brought in ${count.format(total)} files.`}{' '}
            {allShown ? 'All are below. ' : `The newest ${count.format(receipts.length)} are below. `}
            Files from one PC on one day are counted together.
          </p>
          <DataTable
            caption="Files brought in, the newest first"
            captionHidden
            columns={['Brought in', 'From', 'Files', 'Last brought in', 'Changes', 'Needed a decision']}
          >
            {groups.map((group) => (
              <tr key={group.key}>
                <th scope="row">{dayWords(group.day)}</th>
                <td>
                  {group.fromDeviceName ?? `PC ${group.fromDeviceId}`}{' '}
                  <span className="sync-muted">({group.people.join(', ')})</span>
                </td>
                <td>{filesWords(group)}</td>
                <td>{showDateTime(group.lastImportedAt)}</td>
                <td>{count.format(group.changes)}</td>
                <td>{count.format(group.decisions)}</td>
              </tr>
            ))}
          </DataTable>
          {!allShown && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setAskedOlder(true);
                onShowOlder();
              }}
            >
              Show older files
            </button>
          )}
        </>
      )}
    </section>
  );
}
