import { showDateTime } from '../../../shared/dates';
import { useExchanges } from './useExchanges';

function total(counts: Record<string, { added: number; changed: number; decisions: number }>) {
  let changes = 0;
  let decisions = 0;
  for (const table of Object.values(counts)) {
    changes += table.added + table.changed;
    decisions += table.decisions;
  }
  return { changes, decisions };
}

/** When this PC last exchanged files with each other PC, and every file it has brought in. */
export function ExchangesList() {
  const exchanges = useExchanges();
  if (!exchanges) return <p>Loading…</p>;
  const { peers, receipts, lastSavedAt } = exchanges;
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
          <table className="data-table">
            <caption className="visually-hidden">Other PCs</caption>
            <thead>
              <tr>
                <th scope="col">PC</th>
                <th scope="col">Last received from it</th>
                <th scope="col">Last file from here it has taken in</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="sync-receipts-heading" className="sync-block">
        <h2 id="sync-receipts-heading">Files brought in</h2>
        {receipts.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Files brought in</caption>
            <thead>
              <tr>
                <th scope="col">File saved</th>
                <th scope="col">From</th>
                <th scope="col">Brought in</th>
                <th scope="col">Changes</th>
                <th scope="col">Needed a decision</th>
              </tr>
            </thead>
            <tbody>
              {receipts.map((receipt) => {
                const { changes, decisions } = total(receipt.counts);
                return (
                  <tr key={receipt.bundleId}>
                    <th scope="row">{showDateTime(receipt.createdAt)}</th>
                    <td>
                      {receipt.fromPersonName}{' '}
                      <span className="sync-muted">
                        {receipt.fromDeviceName
                          ? `on ${receipt.fromDeviceName}`
                          : `(PC ${receipt.fromDeviceId})`}
                      </span>
                    </td>
                    <td>{showDateTime(receipt.importedAt)}</td>
                    <td>{changes}</td>
                    <td>{decisions}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
