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
  receipts: ReceiptRow[];
  peers: PeerItem[];
  lastSavedAt: string | null;
}

/** Files brought in (newest first), the other PCs this one has heard from, and when it last saved a file. */
export function useExchanges(): Exchanges | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const receipts = await db.receipts.orderBy('importedAt').reverse().toArray();
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
    return { receipts, peers, lastSavedAt };
  }, [db]);
}
