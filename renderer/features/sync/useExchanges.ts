import { useLiveQuery } from 'dexie-react-hooks';
import { getMeta } from '../../db/meta';
import type { ReceiptRow } from '../../db/teamDb';
import { useTeamDb } from '../../app/team/useTeamDb';

export interface PeerItem {
  deviceId: string;
  deviceName: string | null;
  personName: string;
  lastSentAt: string | null;
  lastReceivedAt: string | null;
}

export interface Exchanges {
  /** The newest `limit` receipts, newest first: every receipt is kept, only this view is bounded. */
  receipts: ReceiptRow[];
  /** How many files this PC has brought in, in all. */
  receiptCount: number;
  peers: PeerItem[];
  lastSavedAt: string | null;
}

/**
 * The newest `limit` files brought in, how many there are, the other PCs this one has heard from, and when it last
 * saved a file. The team folder adds a receipt for nearly every change made elsewhere, so reading them all on every
 * import would grow without end.
 */
export function useExchanges(limit: number): Exchanges | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const receipts = await db.receipts.orderBy('importedAt').reverse().limit(limit).toArray();
    const receiptCount = await db.receipts.count();
    const peers = Object.entries((await getMeta(db, 'peers')) ?? {})
      .map(([deviceId, peer]) => ({
        deviceId,
        deviceName: peer.deviceName ?? null,
        personName: peer.personName,
        lastSentAt: peer.lastSentAt,
        lastReceivedAt: peer.lastReceivedAt,
      }))
      .sort((a, b) => (b.lastReceivedAt ?? '').localeCompare(a.lastReceivedAt ?? ''));
    const lastSavedAt = (await getMeta(db, 'exports'))?.at(-1)?.at ?? null;
    return { receipts, receiptCount, peers, lastSavedAt };
  }, [db, limit]);
}
