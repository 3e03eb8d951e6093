import { useContext } from 'react';
import { AccessActionsContext, type AccessActions } from './accessContexts';

/** Lock, switch person, sign in: stable functions, so using them never re-renders on a lock. */
export function useAccessActions(): AccessActions {
  const value = useContext(AccessActionsContext);
  if (!value) throw new Error('useAccessActions is used outside TeamProvider.');
  return value;
}
