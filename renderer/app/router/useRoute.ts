import { useSyncExternalStore } from 'react';
import { parseHash } from './hashRoute';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The current route's segments; re-renders when the hash changes. */
export function useRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return parseHash(hash);
}
