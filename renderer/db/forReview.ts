/**
 * Changes brought in from other PCs that their makers were not allowed to make, kept for a team leader to review:
 * a list in the team database's `meta` table (key `forReview`), on this PC only. The changes themselves are merged
 * like any other (every PC must end with the same data); this list only says what a leader should look at. Each
 * item names the line of the change history it is about, never the values changed.
 */
import { reviewReason, type Actor } from '../../shared/access/permissions';
import type { AuditRow } from '../../shared/domain/audit';
import { memberSchema } from '../../shared/domain/directory';
import { isTableName } from '../../shared/domain/registry';
import type { SyncedRecord } from '../../shared/sync/record';
import { getMeta, setMeta, type ReviewItem } from './meta';

export type { ReviewItem } from './meta';
import type { TeamDb } from './teamDb';

/** Enough for years of a careful team; the oldest reviewed items go first when it is full. */
const KEPT = 1000;

/** Only these changes need the record they touched to be judged; reading it for every change would be slow. */
function needsRecord(row: AuditRow): boolean {
  return (
    (row.action === 'delete' && (row.table === 'chronology' || row.table === 'views')) ||
    row.table === 'trainingAttendance'
  );
}

export interface IncomingChanges {
  bundleId: string;
  /** New lines of the change history the file brought. */
  auditAdded: readonly AuditRow[];
  /** The records as they will be stored once merged, by table. */
  upserts: Readonly<Record<string, readonly SyncedRecord[]>>;
}

/**
 * Judges the changes a file brought and adds those that broke the team's rules to the list. Runs inside the
 * import's transaction, before its records are stored: a person's role is the one this PC knew before the file,
 * so a member who made themselves a leader in the same file is still judged as a member.
 */
export async function noteForReview(
  db: TeamDb,
  incoming: IncomingChanges,
  receivedAt: string,
): Promise<void> {
  const { auditAdded, upserts, bundleId } = incoming;
  if (auditAdded.length === 0) return;
  const members = new Map<string, Actor>();
  for (const member of upserts['members'] ?? []) {
    const parsed = memberSchema.safeParse(member);
    if (parsed.success) members.set(parsed.data.id, parsed.data);
  }
  for (const member of await db.rows('members').toArray()) members.set(member.id, member);
  const byId = new Map<string, Map<string, SyncedRecord>>();
  const merged = (table: string, id: string) => {
    let rows = byId.get(table);
    if (!rows) {
      rows = new Map((upserts[table] ?? []).map((row) => [row.id, row]));
      byId.set(table, rows);
    }
    return rows.get(id);
  };
  const found: ReviewItem[] = [];
  for (const row of auditAdded) {
    const actor: Actor = members.get(row.personId) ?? null;
    let record: SyncedRecord | undefined;
    if (needsRecord(row) && isTableName(row.table)) {
      record =
        merged(row.table, row.recordId) ??
        (await db.table<SyncedRecord, string>(row.table).get(row.recordId));
    }
    const reason = reviewReason(row, { actor, record });
    if (reason === null) continue;
    const caseId = record && typeof record['caseId'] === 'string' ? record['caseId'] : null;
    found.push({
      auditId: row.id,
      reason,
      personId: row.personId,
      personName: row.personName,
      deviceId: row.deviceId,
      at: row.at,
      table: row.table,
      recordId: row.recordId,
      caseId,
      bundleId,
      receivedAt,
      reviewedBy: null,
      reviewedAt: null,
    });
  }
  if (found.length === 0) return;
  await setMeta(db, 'forReview', keepNewest([...((await getMeta(db, 'forReview')) ?? []), ...found]));
}

function keepNewest(items: ReviewItem[]): ReviewItem[] {
  if (items.length <= KEPT) return items;
  const waiting = items.filter((item) => item.reviewedAt === null);
  const reviewed = items.filter((item) => item.reviewedAt !== null);
  const room = Math.max(0, KEPT - waiting.length);
  return [...reviewed.slice(reviewed.length - room), ...waiting].slice(-KEPT);
}

/** The list, items not yet reviewed first, newest first within each. */
export async function listForReview(db: TeamDb): Promise<ReviewItem[]> {
  const items = (await getMeta(db, 'forReview')) ?? [];
  return [...items].sort(
    (a, b) =>
      Number(a.reviewedAt !== null) - Number(b.reviewedAt !== null) ||
      b.receivedAt.localeCompare(a.receivedAt),
  );
}

/** Notes that a leader has looked at an item; it stays in the list, marked, for others to see. */
export async function markReviewed(
  db: TeamDb,
  auditId: string,
  by: { id: string; name: string },
  at: string = new Date().toISOString(),
): Promise<void> {
  await db.transaction('rw', ['meta'], async () => {
    const items = (await getMeta(db, 'forReview')) ?? [];
    await setMeta(
      db,
      'forReview',
      items.map((item) =>
        item.auditId === auditId && item.reviewedAt === null
          ? { ...item, reviewedBy: by.name, reviewedAt: at }
          : item,
      ),
    );
  });
}
