import { useContext } from 'react';
import { AccessContext, type AccessValue } from './accessContexts';

/** What covers the app now: re-renders on every lock, sign-in and switch, so only screens that show it use it. */
export function useAccess(): AccessValue {
  const value = useContext(AccessContext);
  if (!value) throw new Error('useAccess is used outside TeamProvider.');
  return value;
}
