/**
 * Merge for append-only tables such as the audit trail: rows are never changed after they are written, so two
 * copies merge by taking the union by id, and a row already held is never overwritten by an incoming copy.
 */

export interface AppendOnlyMerge<Row> {
  /** Incoming rows this side did not have, in incoming order: the only ones to write. */
  added: Row[];
  /** Incoming rows whose id was already held; the held copy wins. */
  alreadyHeld: number;
}

export function mergeAppendOnly<Row extends { id: string }>(
  localIds: ReadonlySet<string> | ((id: string) => boolean),
  incoming: Iterable<Row>,
): AppendOnlyMerge<Row> {
  const held = typeof localIds === 'function' ? localIds : (id: string) => localIds.has(id);
  const seen = new Set<string>();
  const added: Row[] = [];
  let alreadyHeld = 0;
  for (const row of incoming) {
    if (held(row.id) || seen.has(row.id)) {
      alreadyHeld += 1;
      continue;
    }
    seen.add(row.id);
    added.push(row);
  }
  return { added, alreadyHeld };
}
