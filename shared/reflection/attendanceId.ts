/**
 * The id of a person's attendance record for a session: the same on every PC, so two PCs marking the same person
 * for the same session settle into one record (the later mark wins) instead of listing them twice.
 */

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function attendanceId(sessionId: string, memberId: string): string {
  const key = `attendance|${sessionId}|${memberId}`;
  const hex = [0x811c9dc5, 0x2545f491, 0x9e3779b9, 0x7f4a7c15]
    .map((seed) => fnv1a(key, seed).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  // Shaped as a version 8 (custom) id so it passes the record id check.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
