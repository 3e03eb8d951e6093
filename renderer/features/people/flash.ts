/**
 * A one-time message carried across a page change in this window (for example "Saved" after a form takes the
 * person to the profile). Kept in memory only: nothing personal is stored.
 */
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** The waiting message, once; the next call returns null. */
export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
