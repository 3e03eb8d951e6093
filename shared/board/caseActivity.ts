/**
 * "Since I last looked": a case is marked when someone else changed it, or anything that belongs to it, after the
 * person last opened it. Only cases the person has opened before are marked; the rule is in
 * docs/decisions/0007-since-last-looked.md.
 */

export interface ChangeStamp {
  updatedBy: string;
  updatedAt: string;
}

/** For each case, the latest change made by anyone but `personId`, from the case row and its own rows. */
export function latestChangeByOthers(
  cases: readonly (ChangeStamp & { id: string })[],
  children: readonly (ChangeStamp & { caseId: string | null })[],
  personId: string,
): Map<string, string> {
  const latest = new Map<string, string>();
  const note = (caseId: string, row: ChangeStamp) => {
    if (row.updatedBy === personId || row.updatedBy === '') return;
    const seen = latest.get(caseId);
    if (seen === undefined || row.updatedAt > seen) latest.set(caseId, row.updatedAt);
  };
  for (const row of cases) note(row.id, row);
  for (const row of children) if (row.caseId !== null) note(row.caseId, row);
  return latest;
}

/** The ids of cases changed by others after this person's last visit. */
export function casesChangedSinceVisit(
  latestByOthers: ReadonlyMap<string, string>,
  visits: ReadonlyMap<string, string>,
): Set<string> {
  const changed = new Set<string>();
  for (const [caseId, visitedAt] of visits) {
    const changedAt = latestByOthers.get(caseId);
    if (changedAt !== undefined && changedAt > visitedAt) changed.add(caseId);
  }
  return changed;
}

function fnv1a32(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The id of a person's visit record for a case: the same on every PC, so visits to one case from two PCs settle
 * into one record (the later visit wins) instead of piling up.
 */
export function caseVisitId(personId: string, caseId: string): string {
  const key = `${personId}|${caseId}`;
  const hex = [0x811c9dc5, 0x01234567, 0x89abcdef, 0x13579bdf]
    .map((seed) => fnv1a32(key, seed).toString(16).padStart(8, '0'))
    .join('');
  // Shaped as an RFC 9562 version 8 (custom) id so it passes the record id check.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
