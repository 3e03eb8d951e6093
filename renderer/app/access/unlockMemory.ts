/**
 * Who unlocked the app in this window, kept in the window's session storage (gone when the app or tab closes).
 * Reloading the page while someone is working keeps them signed in; locking forgets it first, so reloading a
 * locked screen never opens the app. A new start of the app always asks for a PIN.
 */
export interface Unlocked {
  teamId: string;
  personId: string;
}

const KEY = 'joinedup-unlocked';

export function readUnlocked(): Unlocked | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'teamId' in parsed &&
      'personId' in parsed &&
      typeof parsed.teamId === 'string' &&
      typeof parsed.personId === 'string'
    ) {
      return { teamId: parsed.teamId, personId: parsed.personId };
    }
  } catch {
    // Unreadable session storage simply means nobody is signed in.
  }
  return null;
}

export function rememberUnlocked(value: Unlocked | null): void {
  try {
    if (value) sessionStorage.setItem(KEY, JSON.stringify(value));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Without session storage, a reload asks for the PIN again: safe, if less convenient.
  }
}
