import { showDateTime } from '../../../shared/dates';
import { useState } from 'react';
import { RECEIPTS_PAGE, ReceiptsList } from './ReceiptsList';
import { useExchanges } from './useExchanges';
import { DataTable } from '../../ui/DataTable';

/** When this PC last exchanged files with each other PC, and the files it has brought in, a page at a time. */
export function ExchangesList() {
  const [limit, setLimit] = useState(RECEIPTS_PAGE);
  const exchanges = useExchanges(limit);
  if (!exchanges) return <p>Loading…</p>;
  const { peers, receipts, receiptCount, lastSavedAt } = exchanges;
  return (
    <>
      <section aria-labelledby="sync-peers-heading" className="sync-block">
        <h2 id="sync-peers-heading">Other PCs</h2>
        <p>
          {lastSavedAt
            ? `This PC last saved a file on ${showDateTime(lastSavedAt)}.`
            : 'This PC has not saved a file yet.'}
        </p>
        {peers.length === 0 ? (
          <p>No file from another PC has been brought in yet.</p>
        ) : (
          <DataTable
            caption="Other PCs"
            captionHidden
            columns={['PC', 'Last received from it', 'Last file from here it has taken in']}
          >
            {peers.map((peer) => (
              <tr key={peer.deviceId}>
                <th scope="row">
                  {peer.deviceName ?? peer.personName}{' '}
                  <span className="sync-muted">
                    {peer.deviceName ? `(used by ${peer.personName})` : `(PC ${peer.deviceId})`}
                  </span>
                </th>
                <td>{peer.lastReceivedAt ? showDateTime(peer.lastReceivedAt) : 'Never'}</td>
                <td>{peer.lastSentAt ? showDateTime(peer.lastSentAt) : 'Not known yet'}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <ReceiptsList
        receipts={receipts}
        total={receiptCount}
        onShowOlder={() => setLimit((shown) => shown + RECEIPTS_PAGE)}
      />
    </>
  );
}
