/**
 * Whose drafts the screens below read and write (draftStore.ts): the team and the person signed in, and how long
 * the team keeps unsaved text. Null outside a signed-in team (the sign-in screens keep nothing).
 */
import { createContext } from 'react';
import type { DraftScope } from './draftStore';

export interface DraftScopeValue extends DraftScope {
  keepMs: number;
}

export const DraftScopeContext = createContext<DraftScopeValue | null>(null);
