/**
 * Unsaved text, kept in this window's memory only (never IndexedDB, storage or a file), for the person who typed
 * it: by team and person, then by form and field. When the screen locks and someone else signs in, the signed-in
 * screens are made afresh for them (TeamProvider), so nothing typed by the last person is shown or can be saved under
 * the new name; when the first person comes back, their forms take their text back from here. A person's drafts go
 * when the app closes, or once nobody has typed in them for the time the team chose (`Team.unsavedKeptHours`).
 */

export interface DraftScope {
  teamId: string;
  personId: string;
}

interface PersonDrafts {
  /** Form key, then field name, then value. */
  forms: Map<string, Map<string, unknown>>;
  /** Where the person was in the app (the address after #), to take them back there. */
  place: string | null;
  /** When they last typed or moved, in ms since 1970: drafts left longer than the team's time go. */
  touchedAt: number;
}

const store = new Map<string, PersonDrafts>();

function scopeKey(scope: DraftScope): string {
  return `${scope.teamId}:${scope.personId}`;
}

/** The person's drafts, or nothing when they have none or they were left for longer than `keepMs`. */
function current(scope: DraftScope, keepMs: number, now: number): PersonDrafts | undefined {
  const drafts = store.get(scopeKey(scope));
  if (drafts && now - drafts.touchedAt > keepMs) {
    store.delete(scopeKey(scope));
    return undefined;
  }
  return drafts;
}

function ensure(scope: DraftScope, now: number): PersonDrafts {
  const key = scopeKey(scope);
  let drafts = store.get(key);
  if (!drafts) {
    drafts = { forms: new Map(), place: null, touchedAt: now };
    store.set(key, drafts);
  }
  drafts.touchedAt = now;
  return drafts;
}

/** What the person typed in one field of one form and has not saved, if anything. */
export function draftValue(
  scope: DraftScope,
  formKey: string,
  field: string,
  keepMs: number,
  now = Date.now(),
): { value: unknown } | undefined {
  const fields = current(scope, keepMs, now)?.forms.get(formKey);
  return fields?.has(field) ? { value: fields.get(field) } : undefined;
}

export function keepDraftValue(
  scope: DraftScope,
  formKey: string,
  field: string,
  value: unknown,
  now = Date.now(),
): void {
  const drafts = ensure(scope, now);
  let fields = drafts.forms.get(formKey);
  if (!fields) {
    fields = new Map();
    drafts.forms.set(formKey, fields);
  }
  fields.set(field, value);
}

/** Forgets one form's draft: it was saved, or the person cancelled it. */
export function dropDraft(scope: DraftScope, formKey: string): void {
  store.get(scopeKey(scope))?.forms.delete(formKey);
}

export function keepPlace(scope: DraftScope, place: string, now = Date.now()): void {
  ensure(scope, now).place = place;
}

export function placeOf(scope: DraftScope, keepMs: number, now = Date.now()): string | null {
  return current(scope, keepMs, now)?.place ?? null;
}

/** Forgets every draft left longer than `keepMs`, so text nobody came back for does not stay in memory. */
export function forgetStaleDrafts(keepMs: number, now = Date.now()): void {
  for (const [key, drafts] of store) if (now - drafts.touchedAt > keepMs) store.delete(key);
}

/** For tests: forgets everything, as closing the app does. */
export function forgetAllDrafts(): void {
  store.clear();
}
